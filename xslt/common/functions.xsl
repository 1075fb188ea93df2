<?xml version="1.0" encoding="UTF-8"?>
<!-- Validation of values taken from the TEI before they become HTML attributes, shared by the
     HTML, text and persons transforms. The TEI is data: an id, a language tag or a date reaches
     the output only when it has the expected shape, so no @ref or @rend can ever become a
     javascript: link or an unexpected attribute value. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- An XML name safe as an HTML id and URL fragment: letters, digits, '_', '-', '.'. -->
  <xsl:function name="ed:is-id" as="xs:boolean">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="matches(string($value), '^[A-Za-z_][A-Za-z0-9_.\-]*$')"/>
  </xsl:function>

  <!-- The note id a marker points at: '#doc-n3' -> 'doc-n3'; empty when not a same-document id. -->
  <xsl:function name="ed:target-id" as="xs:string?">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:variable name="id" select="substring-after(string($target), '#')"/>
    <xsl:sequence select="if (starts-with(string($target), '#') and ed:is-id($id)) then $id else ()"/>
  </xsl:function>

  <!-- A BCP 47-shaped language tag (en, ru, ru-Latn); empty otherwise. -->
  <xsl:function name="ed:lang" as="xs:string?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="if (matches(string($value), '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$')) then string($value) else ()"/>
  </xsl:function>

  <!-- A date valid as HTML's datetime (YYYY, YYYY-MM, YYYY-MM-DD); empty otherwise. -->
  <xsl:function name="ed:iso-date" as="xs:string?">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="if (matches(string($value), '^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')) then string($value) else ()"/>
  </xsl:function>

  <!-- A token safe inside an HTML class attribute (from @type, @rend, @place). -->
  <xsl:function name="ed:class-token" as="xs:string">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="replace(string($value), '[^A-Za-z0-9\-]', '')"/>
  </xsl:function>

  <!-- The preferred name of a register entry (person, place, org), as one line. -->
  <xsl:function name="ed:pref-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(persName | placeName | orgName)"/>
    <xsl:sequence select="normalize-space(string(($names[@type = ('pref', 'preferred')], $names)[1]))"/>
  </xsl:function>

  <!-- The title of a link from a mention to its register entry: the entry's preferred name (the
       mention's own words when the register is not given), and the doubt of an uncertain one. -->
  <xsl:function name="ed:entry-title" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:param name="entry" as="element()?"/>
    <xsl:sequence select="(if ($entry) then ed:pref-name($entry) else normalize-space($mention))
                          || (if ($mention/@cert = 'low') then ' (identification uncertain)' else '')"/>
  </xsl:function>
</xsl:stylesheet>
