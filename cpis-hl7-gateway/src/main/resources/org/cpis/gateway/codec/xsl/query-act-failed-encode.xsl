<?xml version="1.0" encoding="UTF-8"?>
<!-- Internal XML to the Query Act Failed interaction QUQI_IN010000UK14 (wire), bare or inside Spine's outer
     CP-ISNHSQueryResponse element. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:hl7-org:v3"
                exclude-result-prefixes="#all">
  <xsl:include href="common-encode.xsl"/>
  <xsl:include href="acknowledgement-wrapper-encode.xsl"/>

  <xsl:template match="/queryActFailed[spineEnvelope = 'true']" priority="1">
    <CP-ISNHSQueryResponse><xsl:apply-templates select="." mode="interaction"/></CP-ISNHSQueryResponse>
  </xsl:template>

  <xsl:template match="/queryActFailed">
    <xsl:apply-templates select="." mode="interaction"/>
  </xsl:template>

  <xsl:template match="queryActFailed" mode="interaction">
    <QUQI_IN010000UK14>
      <xsl:call-template name="header">
        <xsl:with-param name="header" select="header"/>
        <xsl:with-param name="acknowledgement">
          <xsl:call-template name="mcci-acknowledgement"><xsl:with-param name="ack" select="acknowledgement"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <ControlActEvent classCode="CACT" moodCode="EVN">
        <xsl:call-template name="control-act-authors"><xsl:with-param name="controlAct" select="controlAct"/></xsl:call-template>
        <xsl:call-template name="mcci-reasons"><xsl:with-param name="reasons" select="reason"/></xsl:call-template>
        <queryAck type="QueryAck"><queryResponseCode code="{queryResponseCode}"/></queryAck>
      </ControlActEvent>
    </QUQI_IN010000UK14>
  </xsl:template>
</xsl:stylesheet>
