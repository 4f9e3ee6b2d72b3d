<?xml version="1.0" encoding="UTF-8"?>
<!-- Internal XML to the Application Acknowledgement interaction MCCI_IN010000UK13 (wire). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:hl7-org:v3"
                exclude-result-prefixes="#all">
  <xsl:include href="common-encode.xsl"/>
  <xsl:include href="acknowledgement-wrapper-encode.xsl"/>

  <xsl:template match="/applicationAcknowledgement">
    <MCCI_IN010000UK13>
      <xsl:call-template name="header">
        <xsl:with-param name="header" select="header"/>
        <xsl:with-param name="acknowledgement">
          <xsl:call-template name="mcci-acknowledgement"><xsl:with-param name="ack" select="acknowledgement"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:for-each select="controlAct">
        <ControlActEvent classCode="CACT" moodCode="EVN">
          <xsl:call-template name="control-act-authors"><xsl:with-param name="controlAct" select="."/></xsl:call-template>
          <xsl:call-template name="mcci-reasons"><xsl:with-param name="reasons" select="../reason"/></xsl:call-template>
        </ControlActEvent>
      </xsl:for-each>
    </MCCI_IN010000UK13>
  </xsl:template>
</xsl:stylesheet>
