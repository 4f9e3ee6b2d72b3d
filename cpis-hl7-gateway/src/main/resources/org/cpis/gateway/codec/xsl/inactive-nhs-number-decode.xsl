<?xml version="1.0" encoding="UTF-8"?>
<!-- Inactive NHS Number Notification REPC_MT000005GB01 (wire) to internal XML. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hl7="urn:hl7-org:v3" xmlns:n="urn:cpis:notification"
                exclude-result-prefixes="#all">
  <xsl:include href="notification-common-decode.xsl"/>

  <xsl:template match="/hl7:CP-ISInactiveNHSNumberNotification">
    <inactiveNhsNumbers>
      <id><xsl:value-of select="hl7:id/@root"/></id>
      <effectiveTime><xsl:value-of select="hl7:effectiveTime/@value"/></effectiveTime>
      <xsl:call-template name="n:recipient"><xsl:with-param name="slot" select="hl7:primaryInformationRecipient"/></xsl:call-template>
      <xsl:for-each select="hl7:subject/hl7:pDSInactivePatient">
        <subject>
          <xsl:call-template name="n:person-ids"><xsl:with-param name="ids" select="hl7:id"/></xsl:call-template>
          <xsl:for-each select="hl7:replacedBy/hl7:newVersion/hl7:id">
            <replacement><xsl:value-of select="@extension"/></replacement>
          </xsl:for-each>
          <uploadFileId><xsl:value-of select="hl7:subjectOf/hl7:lAUploadFile/hl7:value/@extension"/></uploadFileId>
        </subject>
      </xsl:for-each>
    </inactiveNhsNumbers>
  </xsl:template>
</xsl:stylesheet>
