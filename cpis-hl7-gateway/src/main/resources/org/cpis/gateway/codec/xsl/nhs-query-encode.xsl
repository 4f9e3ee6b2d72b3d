<?xml version="1.0" encoding="UTF-8"?>
<!-- Internal XML to the NHS Query QUPC_IN000006GB01 (wire). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation"
                exclude-result-prefixes="#all">
  <xsl:include href="common-encode.xsl"/>

  <xsl:template match="/nhsQuery">
    <QUPC_IN000006GB01>
      <xsl:call-template name="header"><xsl:with-param name="header" select="header"/></xsl:call-template>
      <ControlActEvent classCode="CACT" moodCode="EVN">
        <xsl:call-template name="control-act-authors"><xsl:with-param name="controlAct" select="controlAct"/></xsl:call-template>
        <subject typeCode="SUBJ">
          <CP-ISQueryStub>
            <cP-ISNHSQuery>
              <effectiveTime value="{query/effectiveTime}"/>
              <id root="{query/id}"/>
              <author>
                <xsl:call-template name="author-slot-content"><xsl:with-param name="author" select="query/author"/></xsl:call-template>
              </author>
              <queryByParameter>
                <person.NHSnumber><value extension="{query/nhsNumber}"/></person.NHSnumber>
              </queryByParameter>
              <xsl:for-each select="query/accessEventType">
                <accessEventType value="{.}"/>
              </xsl:for-each>
            </cP-ISNHSQuery>
          </CP-ISQueryStub>
        </subject>
      </ControlActEvent>
    </QUPC_IN000006GB01>
  </xsl:template>
</xsl:stylesheet>
