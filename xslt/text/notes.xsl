<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes: markers as [n] in the text; bodies as "[n] text" blocks, after the whole text
     (reading) or after the paragraph holding the marker (diplomatic, close to the printed page). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- A note body as blocks. -->
  <xsl:mode name="text-note" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:key name="ed:text-marker" match="ref[@type = 'noteAnchor']" use="ed:target-id(@target)"/>

  <!-- The number a note is known by: printed @n, else "e1", "e2"… for editorial notes. -->
  <xsl:function name="ed:text-note-number" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if (normalize-space($note/@n)) then normalize-space($note/@n)
                          else if ($note/@type = 'editorial') then 'e' || count($note/preceding::note[@type = 'editorial'][not(@n)]) + 1
                          else '*'"/>
  </xsl:function>

  <xsl:template match="ref[@type = ('noteAnchor', 'endnote')]" mode="text-inline">
    <xsl:value-of select="'[' || (normalize-space(@n)[. != ''], normalize-space(ed:inline-children(.)))[1] || ']'"/>
  </xsl:template>

  <!-- Diplomatic text: the marker as printed (a garbled one garbled); none where the editors
       supplied it, since the source printed none. -->
  <xsl:template match="ref[@type = ('noteAnchor', 'endnote')][$diplomatic]" mode="text-inline" priority="1">
    <xsl:variable name="printed" select="normalize-space(ed:inline-children(.))"/>
    <xsl:if test="$printed != ''"><xsl:value-of select="'[' || $printed || ']'"/></xsl:if>
  </xsl:template>

  <xsl:function name="ed:inline-children" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="string-join($el/node() ! ed:inline(.))"/>
  </xsl:function>

  <!-- The body is not part of the running text; a note no marker points at gets one here. -->
  <xsl:template match="note" mode="text-inline">
    <xsl:if test="empty(key('ed:text-marker', string(@xml:id))) or not(@xml:id)">
      <xsl:value-of select="'[' || ed:text-note-number(.) || ']'"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="note" mode="text-note" as="xs:string*">
    <xsl:param name="indent" as="xs:string" tunnel="yes"/>
    <xsl:variable name="label" select="if ($diplomatic and label) then normalize-space(ed:inline-children(label[1])) else ed:text-note-number(.)"/>
    <!-- The "[n] " prefix goes in as a text node, so it is filled with the body's first paragraph. -->
    <xsl:variable name="prefix" as="text()"><xsl:value-of select="'[' || $label || '] '"/></xsl:variable>
    <xsl:sequence select="ed:flow(($prefix, node() except label[1]), $indent)"/>
  </xsl:template>

  <!-- Book endnotes that were not transcribed are said once, where the TEI says it: the gap of
       back/div[@type='endnotes'] (inline.xsl), not again here. -->
  <xsl:template name="ed:text-notes" as="xs:string*">
    <xsl:variable name="notes" select="TEI/text//note[not(ancestor::note)]"/>
    <xsl:if test="exists($notes)">
      <xsl:sequence select="'Notes&#10;-----'"/>
      <xsl:apply-templates select="$notes" mode="text-note">
        <xsl:with-param name="indent" select="''" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
