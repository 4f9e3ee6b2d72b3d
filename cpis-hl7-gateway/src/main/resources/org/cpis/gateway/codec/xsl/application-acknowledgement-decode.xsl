<?xml version="1.0" encoding="UTF-8"?>
<!-- Application Acknowledgement MCCI_IN010000UK13 (wire) to internal XML. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hl7="urn:hl7-org:v3"
                exclude-result-prefixes="#all">
  <xsl:include href="common-decode.xsl"/>
  <xsl:include href="acknowledgement-wrapper-decode.xsl"/>

  <xsl:template match="/hl7:MCCI_IN010000UK13">
    <applicationAcknowledgement>
      <xsl:call-template name="header"/>
      <xsl:call-template name="mcci-acknowledgement"/>
      <xsl:for-each select="hl7:ControlActEvent">
        <xsl:call-template name="control-act"/>
        <xsl:call-template name="mcci-reasons"/>
      </xsl:for-each>
    </applicationAcknowledgement>
  </xsl:template>
</xsl:stylesheet>
