<?xml version="1.0" encoding="UTF-8"?>
<!-- Query Act Failed QUQI_IN010000UK14 (wire, bare or inside Spine's outer CP-ISNHSQueryResponse) to internal XML. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hl7="urn:hl7-org:v3"
                exclude-result-prefixes="#all">
  <xsl:include href="common-decode.xsl"/>
  <xsl:include href="acknowledgement-wrapper-decode.xsl"/>

  <xsl:template match="/">
    <xsl:for-each select="hl7:QUQI_IN010000UK14 | hl7:CP-ISNHSQueryResponse/hl7:QUQI_IN010000UK14">
      <queryActFailed>
        <xsl:call-template name="header"/>
        <xsl:call-template name="mcci-acknowledgement"/>
        <xsl:for-each select="hl7:ControlActEvent">
          <xsl:call-template name="control-act"/>
          <xsl:call-template name="mcci-reasons"/>
          <queryResponseCode><xsl:value-of select="hl7:queryAck/hl7:queryResponseCode/@code"/></queryResponseCode>
        </xsl:for-each>
      </queryActFailed>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
