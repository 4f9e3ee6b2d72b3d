<?xml version="1.0" encoding="UTF-8"?>
<!-- NHS Query Response REPC_IN000007GB01 (wire, bare or inside Spine's outer CP-ISNHSQueryResponse) to internal
     XML. Each access, record, plan and subject carries its element path for the problems the codec finds.
     Subjects are read with or without the person details CP-IS itself never sends. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:hl7="urn:hl7-org:v3" xmlns:npfitlc="NPFIT:HL7:Localisation"
                xmlns:qr="urn:cpis:codec:query-response"
                exclude-result-prefixes="#all">
  <xsl:include href="common-decode.xsl"/>

  <xsl:variable name="QR_PLAN_TYPE" select="map{'COCT_TP146105GB01': 'CPP', 'COCT_TP146103GB01': 'LAC', 'COCT_TP146104GB01': 'UCPP'}"/>

  <!-- the element path as the wire reader reports it: local names, [n] from the second same-named sibling on -->
  <xsl:function name="qr:path" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="string-join(for $e in $node/ancestor-or-self::* return
        let $n := count($e/preceding-sibling::*[node-name(.) eq node-name($e)]) + 1
        return '/' || local-name($e) || (if ($n gt 1) then '[' || $n || ']' else ''), '')"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:for-each select="hl7:REPC_IN000007GB01 | hl7:CP-ISNHSQueryResponse/hl7:REPC_IN000007GB01">
      <queryResponse>
        <xsl:call-template name="header"/>
        <xsl:for-each select="hl7:ControlActEvent">
          <xsl:call-template name="control-act"/>
          <controlActPath><xsl:value-of select="qr:path(.)"/></controlActPath>
          <queryResponseCode><xsl:value-of select="hl7:queryAck/hl7:queryResponseCode/@code"/></queryResponseCode>
          <xsl:apply-templates select="hl7:subject/hl7:CP-ISNHSQueryResponse"/>
        </xsl:for-each>
      </queryResponse>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="hl7:CP-ISNHSQueryResponse">
    <response>
      <path><xsl:value-of select="qr:path(.)"/></path>
      <id><xsl:value-of select="hl7:id/@root"/></id>
      <effectiveTime><xsl:value-of select="hl7:effectiveTime/@value"/></effectiveTime>
      <accessTotal><xsl:value-of select="hl7:pertinentInformation11/hl7:pertinentTotalReturnedAccessRecords/hl7:value/@value"/></accessTotal>
      <recordTotal><xsl:value-of select="hl7:pertinentInformation12/hl7:pertinentTotalReturnedChildRecords/hl7:value/@value"/></recordTotal>
      <xsl:for-each select="hl7:pertinentInformation13/hl7:pertinentCP-ISNHSQuery">
        <access>
          <path><xsl:value-of select="qr:path(.)"/></path>
          <id><xsl:value-of select="hl7:id/@root"/></id>
          <effectiveTime><xsl:value-of select="hl7:effectiveTime/@value"/></effectiveTime>
          <nhsNumber><xsl:value-of select="hl7:queryByParameter/hl7:person.NHSnumber/hl7:value/@extension"/></nhsNumber>
          <xsl:call-template name="author"><xsl:with-param name="slot" select="hl7:author"/></xsl:call-template>
        </access>
      </xsl:for-each>
      <xsl:apply-templates select="hl7:pertinentInformation14/hl7:pertinentCP-ISRecordControlAct/hl7:record"/>
    </response>
  </xsl:template>

  <xsl:template match="hl7:record">
    <record>
      <path><xsl:value-of select="qr:path(.)"/></path>
      <xsl:for-each select="hl7:communicationFunctionSnd/hl7:organisation">
        <localAuthority>
          <code><xsl:value-of select="hl7:id/@extension"/></code>
          <name><xsl:value-of select="normalize-space(hl7:name)"/></name>
          <emergencyDutyPhone><xsl:value-of select="hl7:telecom[tokenize(@use) = 'EC'][1]/@value"/></emergencyDutyPhone>
          <officeHoursPhone><xsl:value-of select="hl7:telecom[tokenize(@use) = 'WP'][1]/@value"/></officeHoursPhone>
        </localAuthority>
      </xsl:for-each>
      <xsl:apply-templates select="hl7:CP-ISRecord/hl7:pertinentInformation15 | hl7:CP-ISRecord/hl7:subject"/>
    </record>
  </xsl:template>

  <!-- a plan slot: contentId, the template element that follows, its type and dates -->
  <xsl:template match="hl7:pertinentInformation15">
    <xsl:variable name="plan" select="hl7:*[1]"/>
    <plan>
      <path><xsl:value-of select="qr:path(.)"/></path>
      <contentId><xsl:value-of select="npfitlc:contentId/@extension"/></contentId>
      <element><xsl:value-of select="local-name($plan)"/></element>
      <type><xsl:value-of select="$QR_PLAN_TYPE(substring-before(local-name($plan), '.'))"/></type>
      <start><xsl:value-of select="$plan/hl7:component/hl7:*/hl7:value/@value"/></start>
      <end><xsl:value-of select="$plan/hl7:component1/hl7:*/hl7:value/@value"/></end>
    </plan>
  </xsl:template>

  <!-- a subject slot: contentId, the template element, and the NHS number when the subject carries one -->
  <xsl:template match="hl7:subject">
    <xsl:variable name="role" select="hl7:*[1]"/>
    <subject>
      <path><xsl:value-of select="qr:path(.)"/></path>
      <contentId><xsl:value-of select="npfitlc:contentId/@extension"/></contentId>
      <element><xsl:value-of select="local-name($role)"/></element>
      <kind><xsl:value-of select="if ($role/self::hl7:COCT_TP145100GB01.UnbornChild) then 'unborn' else 'child'"/></kind>
      <nhsNumber><xsl:value-of select="($role/hl7:id | $role/hl7:parentMotherPerson/hl7:playedMother/hl7:id)
          [@root = '2.16.840.1.113883.2.1.4.1'][1]/@extension"/></nhsNumber>
    </subject>
  </xsl:template>
</xsl:stylesheet>
