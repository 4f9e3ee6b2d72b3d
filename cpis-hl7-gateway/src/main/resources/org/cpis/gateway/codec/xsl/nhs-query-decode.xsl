<?xml version="1.0" encoding="UTF-8"?>
<!-- NHS Query QUPC_IN000006GB01 (wire) to internal XML. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hl7="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation"
                exclude-result-prefixes="#all">
  <xsl:include href="common-decode.xsl"/>

  <xsl:template match="/hl7:QUPC_IN000006GB01">
    <nhsQuery>
      <xsl:call-template name="header"/>
      <xsl:for-each select="hl7:ControlActEvent">
        <xsl:call-template name="control-act"/>
        <xsl:for-each select="hl7:subject/hl7:CP-ISQueryStub/hl7:cP-ISNHSQuery">
          <query>
            <id><xsl:value-of select="hl7:id/@root"/></id>
            <effectiveTime><xsl:value-of select="hl7:effectiveTime/@value"/></effectiveTime>
            <nhsNumber><xsl:value-of select="hl7:queryByParameter/hl7:person.NHSnumber/hl7:value/@extension"/></nhsNumber>
            <xsl:if test="hl7:accessEventType">
              <accessEventType><xsl:value-of select="hl7:accessEventType/@value"/></accessEventType>
            </xsl:if>
            <xsl:call-template name="author"><xsl:with-param name="slot" select="hl7:author"/></xsl:call-template>
          </query>
        </xsl:for-each>
      </xsl:for-each>
    </nhsQuery>
  </xsl:template>
</xsl:stylesheet>
