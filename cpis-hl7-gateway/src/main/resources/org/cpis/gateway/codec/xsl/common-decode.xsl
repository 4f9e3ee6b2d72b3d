<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared decoding templates: wire (urn:hl7-org:v3) to the codecs' internal XML (no namespace). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hl7="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation"
                exclude-result-prefixes="#all">

  <!-- the transmission wrapper's header (MCCI_MT010101UK12 / MCCI_MT020101UK12) -->
  <xsl:template name="header">
    <header>
      <messageId><xsl:value-of select="hl7:id/@root"/></messageId>
      <creationTime><xsl:value-of select="hl7:creationTime/@value"/></creationTime>
      <versionCode><xsl:value-of select="hl7:versionCode/@code"/></versionCode>
      <interactionId><xsl:value-of select="hl7:interactionId/@extension"/></interactionId>
      <processingCode><xsl:value-of select="hl7:processingCode/@code"/></processingCode>
      <processingModeCode><xsl:value-of select="hl7:processingModeCode/@code"/></processingModeCode>
      <acceptAckCode><xsl:value-of select="hl7:acceptAckCode/@code"/></acceptAckCode>
      <xsl:for-each select="hl7:communicationFunctionRcv/hl7:device/hl7:id">
        <receiver><xsl:value-of select="@extension"/></receiver>
      </xsl:for-each>
      <sender><xsl:value-of select="hl7:communicationFunctionSnd/hl7:device/hl7:id/@extension"/></sender>
    </header>
  </xsl:template>

  <!-- the control act's authors: ASIDs of author1, and the smartcard user of author when sent -->
  <xsl:template name="control-act">
    <controlAct>
      <xsl:for-each select="hl7:author1/hl7:AgentSystemSDS/hl7:agentSystemSDS/hl7:id">
        <authorAsid><xsl:value-of select="@extension"/></authorAsid>
      </xsl:for-each>
      <xsl:for-each select="hl7:author/hl7:AgentPersonSDS">
        <person>
          <roleProfileId><xsl:value-of select="hl7:id/@extension"/></roleProfileId>
          <userId><xsl:value-of select="hl7:agentPersonSDS/hl7:id/@extension"/></userId>
          <jobRoleId><xsl:value-of select="hl7:part/hl7:partSDSRole/hl7:id/@extension"/></jobRoleId>
        </person>
      </xsl:for-each>
    </controlAct>
  </xsl:template>

  <!-- HL7 PN: prefix, given names, family, suffix -->
  <xsl:template name="name">
    <xsl:param name="pn"/>
    <xsl:for-each select="$pn/hl7:prefix[1]"><prefix><xsl:value-of select="normalize-space(.)"/></prefix></xsl:for-each>
    <xsl:if test="$pn/hl7:given">
      <given><xsl:value-of select="string-join($pn/hl7:given ! normalize-space(.), ' ')"/></given>
    </xsl:if>
    <xsl:for-each select="$pn/hl7:family[1]"><family><xsl:value-of select="normalize-space(.)"/></family></xsl:for-each>
    <xsl:for-each select="$pn/hl7:suffix[1]"><suffix><xsl:value-of select="normalize-space(.)"/></suffix></xsl:for-each>
  </xsl:template>

  <xsl:template name="organisation">
    <xsl:param name="org"/>
    <organisation>
      <code><xsl:value-of select="$org/hl7:id/@extension"/></code>
      <name><xsl:value-of select="normalize-space($org/hl7:name)"/></name>
    </organisation>
  </xsl:template>

  <!-- an author slot: npfitlc:contentId then COCT_TP145102GB01.AssignedAuthor or COCT_TP145104GB01.System -->
  <xsl:template name="author">
    <xsl:param name="slot"/>
    <xsl:for-each select="$slot/hl7:COCT_TP145102GB01.AssignedAuthor">
      <author><kind>person</kind>
        <contentId><xsl:value-of select="../npfitlc:contentId/@extension"/></contentId>
        <roleCode><xsl:value-of select="hl7:code/@code"/></roleCode>
        <roleCodeSystem><xsl:value-of select="hl7:code/@codeSystem"/></roleCodeSystem>
        <roleName><xsl:value-of select="hl7:code/@displayName"/></roleName>
        <userId><xsl:value-of select="hl7:id[1]/@extension"/></userId>
        <xsl:if test="hl7:id[2]/@extension"><roleProfileId><xsl:value-of select="hl7:id[2]/@extension"/></roleProfileId></xsl:if>
        <xsl:call-template name="name"><xsl:with-param name="pn" select="hl7:assignedAuthorPerson/hl7:name"/></xsl:call-template>
        <xsl:call-template name="organisation"><xsl:with-param name="org" select="hl7:representedOrganization"/></xsl:call-template>
      </author>
    </xsl:for-each>
    <xsl:for-each select="$slot/hl7:COCT_TP145104GB01.System">
      <author><kind>system</kind>
        <contentId><xsl:value-of select="../npfitlc:contentId/@extension"/></contentId>
        <asid><xsl:value-of select="hl7:id/@extension"/></asid>
        <xsl:for-each select="hl7:indirectAuthority[1]/hl7:superiorAssignedEntity">
          <responsible>
            <roleCode><xsl:value-of select="hl7:code/@code"/></roleCode>
            <roleName><xsl:value-of select="hl7:code/@displayName"/></roleName>
            <xsl:call-template name="name"><xsl:with-param name="pn" select="hl7:assignedPerson/hl7:name"/></xsl:call-template>
          </responsible>
        </xsl:for-each>
        <xsl:call-template name="organisation"><xsl:with-param name="org" select="hl7:maintainingOrganization"/></xsl:call-template>
      </author>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
