<?xml version="1.0" encoding="UTF-8"?>
<!-- Internal XML to the Inactive NHS Number Notification REPC_MT000005GB01 (wire): one subject per number. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation" xmlns:n="urn:cpis:notification"
                exclude-result-prefixes="#all">
  <xsl:include href="notification-common-encode.xsl"/>

  <xsl:template match="/inactiveNhsNumbers">
    <xsl:variable name="recipient" select="recipient"/>
    <CP-ISInactiveNHSNumberNotification>
      <xsl:namespace name="npfitlc" select="'NPFIT:HL7:Localisation'"/>
      <effectiveTime value="{effectiveTime}"/>
      <id root="{id}"/>
      <primaryInformationRecipient>
        <xsl:call-template name="n:recipient-slot-content"><xsl:with-param name="recipient" select="$recipient"/></xsl:call-template>
      </primaryInformationRecipient>
      <xsl:for-each select="subject">
        <subject>
          <pDSInactivePatient>
            <xsl:call-template name="n:person-ids">
              <xsl:with-param name="element" select="'id'"/>
              <xsl:with-param name="child" select="."/>
              <xsl:with-param name="recipient" select="$recipient"/>
            </xsl:call-template>
            <xsl:for-each select="replacement">
              <replacedBy><newVersion><id extension="{.}"/></newVersion></replacedBy>
            </xsl:for-each>
            <subjectOf>
              <lAUploadFile><value extension="{uploadFileId}"/></lAUploadFile>
            </subjectOf>
          </pDSInactivePatient>
        </subject>
      </xsl:for-each>
    </CP-ISInactiveNHSNumberNotification>
  </xsl:template>
</xsl:stylesheet>
