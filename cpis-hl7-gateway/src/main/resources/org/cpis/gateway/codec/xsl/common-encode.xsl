<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared encoding templates: the codecs' internal XML (no namespace) to the wire (urn:hl7-org:v3). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation"
                exclude-result-prefixes="#all">

  <xsl:variable name="ASID_ROOT" select="'1.2.826.0.1285.0.2.0.107'"/>
  <xsl:variable name="ODS_ORG_ROOT" select="'2.16.840.1.113883.2.1.3.2.4.19.1'"/>
  <xsl:variable name="CONTENT_ID_ROOT" select="'2.16.840.1.113883.2.1.3.2.4.18.16'"/>
  <xsl:variable name="JOB_ROLE_SYSTEM" select="'2.16.840.1.113883.2.1.3.2.4.17.196'"/>

  <!-- transmission wrapper header elements, in the schema's order (the acknowledgement of MCCI_MT020101UK12
       goes between acceptAckCode and the communication functions: pass it as $acknowledgement) -->
  <xsl:template name="header">
    <xsl:param name="header"/>
    <xsl:param name="acknowledgement" select="()"/>
    <id root="{$header/messageId}"/>
    <creationTime value="{$header/creationTime}"/>
    <versionCode code="{$header/versionCode}"/>
    <interactionId root="2.16.840.1.113883.2.1.3.2.4.12" extension="{$header/interactionId}"/>
    <processingCode code="{$header/processingCode}"/>
    <processingModeCode code="{$header/processingModeCode}"/>
    <acceptAckCode code="{$header/acceptAckCode}"/>
    <xsl:sequence select="$acknowledgement"/>
    <xsl:for-each select="$header/receiver">
      <communicationFunctionRcv typeCode="RCV">
        <device classCode="DEV" determinerCode="INSTANCE"><id root="{$ASID_ROOT}" extension="{.}"/></device>
      </communicationFunctionRcv>
    </xsl:for-each>
    <communicationFunctionSnd typeCode="SND">
      <device classCode="DEV" determinerCode="INSTANCE"><id root="{$ASID_ROOT}" extension="{$header/sender}"/></device>
    </communicationFunctionSnd>
  </xsl:template>

  <!-- control act authors: author (smartcard user) when present, then author1 per ASID -->
  <xsl:template name="control-act-authors">
    <xsl:param name="controlAct"/>
    <xsl:for-each select="$controlAct/person">
      <author typeCode="AUT">
        <AgentPersonSDS classCode="AGNT">
          <id root="1.2.826.0.1285.0.2.0.67" extension="{roleProfileId}"/>
          <agentPersonSDS classCode="PSN" determinerCode="INSTANCE">
            <id root="1.2.826.0.1285.0.2.0.65" extension="{userId}"/>
          </agentPersonSDS>
          <part typeCode="PART">
            <partSDSRole classCode="ROL"><id root="1.2.826.0.1285.0.2.1.104" extension="{jobRoleId}"/></partSDSRole>
          </part>
        </AgentPersonSDS>
      </author>
    </xsl:for-each>
    <xsl:for-each select="$controlAct/authorAsid">
      <author1 typeCode="AUT">
        <AgentSystemSDS classCode="AGNT">
          <agentSystemSDS classCode="DEV" determinerCode="INSTANCE"><id root="{$ASID_ROOT}" extension="{.}"/></agentSystemSDS>
        </AgentSystemSDS>
      </author1>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="name">
    <xsl:param name="n"/>
    <name>
      <xsl:for-each select="$n/prefix"><prefix><xsl:value-of select="."/></prefix></xsl:for-each>
      <xsl:for-each select="tokenize(normalize-space($n/given), ' ')[. != '']"><given><xsl:value-of select="."/></given></xsl:for-each>
      <xsl:for-each select="$n/family"><family><xsl:value-of select="."/></family></xsl:for-each>
      <xsl:for-each select="$n/suffix"><suffix><xsl:value-of select="."/></suffix></xsl:for-each>
    </name>
  </xsl:template>

  <xsl:template name="organisation-content">
    <xsl:param name="org"/>
    <id root="{$ODS_ORG_ROOT}" extension="{$org/code}"/>
    <name><xsl:value-of select="$org/name"/></name>
  </xsl:template>

  <!-- the content of an author slot: contentId, then the person or system template -->
  <xsl:template name="author-slot-content">
    <xsl:param name="author"/>
    <xsl:choose>
      <xsl:when test="$author/kind = 'person'">
        <npfitlc:contentId root="{$CONTENT_ID_ROOT}" extension="COCT_TP145102GB01#AssignedAuthor"/>
        <COCT_TP145102GB01.AssignedAuthor>
          <code code="{$author/roleCode}" codeSystem="{$JOB_ROLE_SYSTEM}" displayName="{$author/roleName}"/>
          <id root="1.2.826.0.1285.0.2.0.65" extension="{$author/userId}"/>
          <xsl:choose>
            <xsl:when test="$author/roleProfileId"><id root="1.2.826.0.1285.0.2.0.67" extension="{$author/roleProfileId}"/></xsl:when>
            <xsl:otherwise><id nullFlavor="NI"/></xsl:otherwise>
          </xsl:choose>
          <assignedAuthorPerson>
            <xsl:call-template name="name"><xsl:with-param name="n" select="$author"/></xsl:call-template>
          </assignedAuthorPerson>
          <representedOrganization>
            <xsl:call-template name="organisation-content"><xsl:with-param name="org" select="$author/organisation"/></xsl:call-template>
          </representedOrganization>
        </COCT_TP145102GB01.AssignedAuthor>
      </xsl:when>
      <xsl:otherwise>
        <npfitlc:contentId root="{$CONTENT_ID_ROOT}" extension="COCT_TP145104GB01#System"/>
        <COCT_TP145104GB01.System>
          <id root="{$ASID_ROOT}" extension="{$author/asid}"/>
          <xsl:for-each select="$author/responsible">
            <indirectAuthority>
              <superiorAssignedEntity>
                <code code="{roleCode}" codeSystem="2.16.840.1.113883.2.1.3.2.4.17.124" displayName="{roleName}"/>
                <assignedPerson>
                  <xsl:call-template name="name"><xsl:with-param name="n" select="."/></xsl:call-template>
                </assignedPerson>
              </superiorAssignedEntity>
            </indirectAuthority>
          </xsl:for-each>
          <maintainingOrganization>
            <xsl:call-template name="organisation-content"><xsl:with-param name="org" select="$author/organisation"/></xsl:call-template>
          </maintainingOrganization>
        </COCT_TP145104GB01.System>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
