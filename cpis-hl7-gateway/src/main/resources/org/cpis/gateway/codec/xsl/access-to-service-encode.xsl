<?xml version="1.0" encoding="UTF-8"?>
<!-- Internal XML to the Access to Service Notification REPC_MT000004GB01 (wire): one pertinentInformation1 per
     child, one pertinentInformation2 per access of that child. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation" xmlns:n="urn:cpis:notification"
                exclude-result-prefixes="#all">
  <xsl:include href="notification-common-encode.xsl"/>

  <xsl:template match="/accessToService">
    <xsl:variable name="recipient" select="recipient"/>
    <CP-ISAccessToServiceNotification>
      <xsl:namespace name="npfitlc" select="'NPFIT:HL7:Localisation'"/>
      <effectiveTime value="{effectiveTime}"/>
      <id root="{id}"/>
      <pertinentInformation>
        <pertinentTotalReturnedRecords><value value="{totalRecords}"/></pertinentTotalReturnedRecords>
      </pertinentInformation>
      <xsl:for-each select="child">
        <xsl:variable name="child" select="."/>
        <pertinentInformation1>
          <pertinentCP-ISRecordAccess>
            <xsl:for-each select="access">
              <pertinentInformation2>
                <pertinentCP-ISNHSQuery>
                  <effectiveTime value="{effectiveTime}"/>
                  <id root="{id}"/>
                  <author>
                    <xsl:call-template name="author-slot-content"><xsl:with-param name="author" select="author"/></xsl:call-template>
                  </author>
                  <queryByParameter>
                    <person.id>
                      <xsl:call-template name="n:person-ids">
                        <xsl:with-param name="element" select="'value'"/>
                        <xsl:with-param name="child" select="$child"/>
                        <xsl:with-param name="recipient" select="$recipient"/>
                      </xsl:call-template>
                    </person.id>
                  </queryByParameter>
                </pertinentCP-ISNHSQuery>
              </pertinentInformation2>
            </xsl:for-each>
            <reference>
              <referredToLAUploadFile><value extension="{uploadFileId}"/></referredToLAUploadFile>
            </reference>
          </pertinentCP-ISRecordAccess>
        </pertinentInformation1>
      </xsl:for-each>
      <primaryInformationRecipient>
        <xsl:call-template name="n:recipient-slot-content"><xsl:with-param name="recipient" select="$recipient"/></xsl:call-template>
      </primaryInformationRecipient>
    </CP-ISAccessToServiceNotification>
  </xsl:template>
</xsl:stylesheet>
