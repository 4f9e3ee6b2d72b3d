<?xml version="1.0" encoding="UTF-8"?>
<!-- Access to Service Notification REPC_MT000004GB01 (wire) to internal XML. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hl7="urn:hl7-org:v3" xmlns:n="urn:cpis:notification"
                exclude-result-prefixes="#all">
  <xsl:include href="notification-common-decode.xsl"/>

  <xsl:template match="/hl7:CP-ISAccessToServiceNotification">
    <accessToService>
      <id><xsl:value-of select="hl7:id/@root"/></id>
      <effectiveTime><xsl:value-of select="hl7:effectiveTime/@value"/></effectiveTime>
      <totalRecords><xsl:value-of select="hl7:pertinentInformation/hl7:pertinentTotalReturnedRecords/hl7:value/@value"/></totalRecords>
      <xsl:call-template name="n:recipient"><xsl:with-param name="slot" select="hl7:primaryInformationRecipient"/></xsl:call-template>
      <xsl:for-each select="hl7:pertinentInformation1/hl7:pertinentCP-ISRecordAccess">
        <recordAccess>
          <uploadFileId><xsl:value-of select="hl7:reference/hl7:referredToLAUploadFile/hl7:value/@extension"/></uploadFileId>
          <xsl:for-each select="hl7:pertinentInformation2/hl7:pertinentCP-ISNHSQuery">
            <access>
              <id><xsl:value-of select="hl7:id/@root"/></id>
              <effectiveTime><xsl:value-of select="hl7:effectiveTime/@value"/></effectiveTime>
              <xsl:call-template name="n:person-ids"><xsl:with-param name="ids" select="hl7:queryByParameter/hl7:person.id/hl7:value"/></xsl:call-template>
              <xsl:call-template name="author"><xsl:with-param name="slot" select="hl7:author"/></xsl:call-template>
            </access>
          </xsl:for-each>
        </recordAccess>
      </xsl:for-each>
    </accessToService>
  </xsl:template>
</xsl:stylesheet>
