<?xml version="1.0" encoding="UTF-8"?>
<!-- Templates both LA notifications share (REPC_MT000004GB01, REPC_MT000005GB01), internal XML to wire.
     Own names live in namespace urn:cpis:notification so they never clash with common-encode.xsl. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation" xmlns:n="urn:cpis:notification"
                exclude-result-prefixes="#all">
  <xsl:include href="common-encode.xsl"/>

  <xsl:variable name="n:NHS_NUMBER_ROOT" select="'2.16.840.1.113883.2.1.4.1'"/>
  <xsl:variable name="n:LOCAL_ID_ROOT" select="'2.16.840.1.113883.2.1.3.2.4.18.24'"/>

  <!-- the content of primaryInformationRecipient: contentId, then the LA as IntendedRecipient -->
  <xsl:template name="n:recipient-slot-content">
    <xsl:param name="recipient"/>
    <npfitlc:contentId root="{$CONTENT_ID_ROOT}" extension="COCT_TP145103GB01#IntendedRecipient"/>
    <COCT_TP145103GB01.IntendedRecipient>
      <representedSourceOrganization>
        <xsl:call-template name="organisation-content"><xsl:with-param name="org" select="$recipient"/></xsl:call-template>
      </representedSourceOrganization>
    </COCT_TP145103GB01.IntendedRecipient>
  </xsl:template>

  <!-- a child's ids as elements named $element: the NHS number, then the LA's local id when known, assigned
       by the recipient LA ("ODS:NAME") -->
  <xsl:template name="n:person-ids">
    <xsl:param name="element"/>
    <xsl:param name="child"/>
    <xsl:param name="recipient"/>
    <xsl:element name="{$element}" namespace="urn:hl7-org:v3">
      <xsl:attribute name="root" select="$n:NHS_NUMBER_ROOT"/>
      <xsl:attribute name="extension" select="$child/nhsNumber"/>
    </xsl:element>
    <xsl:for-each select="$child/localId">
      <xsl:element name="{$element}" namespace="urn:hl7-org:v3">
        <xsl:attribute name="root" select="$n:LOCAL_ID_ROOT"/>
        <xsl:attribute name="extension" select="."/>
        <xsl:attribute name="assigningAuthorityName" select="concat($recipient/code, ':', $recipient/name)"/>
      </xsl:element>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
