<?xml version="1.0" encoding="UTF-8"?>
<!-- Templates both LA notifications share (REPC_MT000004GB01, REPC_MT000005GB01), wire to internal XML.
     Own names live in namespace urn:cpis:notification so they never clash with common-decode.xsl. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hl7="urn:hl7-org:v3" xmlns:n="urn:cpis:notification"
                exclude-result-prefixes="#all">
  <xsl:include href="common-decode.xsl"/>

  <xsl:variable name="n:NHS_NUMBER_ROOT" select="'2.16.840.1.113883.2.1.4.1'"/>

  <!-- primaryInformationRecipient: the LA (COCT_TP145103GB01.IntendedRecipient/representedSourceOrganization) -->
  <xsl:template name="n:recipient">
    <xsl:param name="slot"/>
    <xsl:variable name="org" select="$slot/hl7:COCT_TP145103GB01.IntendedRecipient/hl7:representedSourceOrganization"/>
    <recipient>
      <code><xsl:value-of select="$org/hl7:id/@extension"/></code>
      <name><xsl:value-of select="normalize-space($org/hl7:name)"/></name>
    </recipient>
  </xsl:template>

  <!-- a child's ids (the schema admits two roots): the NHS number, else the LA's local id -->
  <xsl:template name="n:person-ids">
    <xsl:param name="ids"/>
    <xsl:for-each select="$ids">
      <xsl:choose>
        <xsl:when test="@root = $n:NHS_NUMBER_ROOT"><nhsNumber><xsl:value-of select="@extension"/></nhsNumber></xsl:when>
        <xsl:otherwise><localId><xsl:value-of select="@extension"/></localId></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
