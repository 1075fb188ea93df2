<?xml version="1.0" encoding="UTF-8"?>
<!-- Page furniture and marks of the document's life as a record: page breaks (visible, linkable
     markers), running heads and folios, classification lines, redactions, release codes. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xmlns:ids="urn:edition:ids"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- "p. 667" with id "page667" (ids "pN" belong to paragraphs); a number printed twice gets a
       suffix so ids stay unique; an unnumbered break is "page-uN" by count. The CSS sets the
       marker in the margin, out of the line, so a break inside a title does not split it.
       An inferred break says so and invents no number; a number the editors infer (@cert)
       stands in brackets. -->
  <xsl:template match="pb" mode="html">
    <xsl:variable name="n" select="normalize-space(@n)"/>
    <xsl:variable name="token" select="ed:class-token($n)"/>
    <xsl:variable name="id" select="string(@ids:id)"/>
    <!-- Inside a link (a name split across pages) the marker is a span: links cannot nest. -->
    <xsl:variable name="in-link" select="exists(ancestor::persName | ancestor::ref[@type = 'noteAnchor'])"/>
    <xsl:element name="{if ($in-link) then 'span' else 'a'}">
      <xsl:attribute name="class" select="'pb' || (if (@break = 'no') then ' pb-in-word' else '') || (if ($n = '') then ' pb-inferred' else '')
                                          || (if (@cert) then ' cert-' || ed:class-token(@cert) else '')"/>
      <xsl:attribute name="id" select="$id"/>
      <xsl:if test="not($in-link)"><xsl:attribute name="href" select="'#' || $id"/></xsl:if>
      <xsl:if test="$n = ''"><xsl:attribute name="title" select="'page break inferred by the editors; no page number is printed'"/></xsl:if>
      <xsl:value-of select="if ($n = '') then 'new page (inferred)' else if (@cert) then 'p. [' || $n || ']' else 'p. ' || $n"/>
    </xsl:element>
  </xsl:template>

  <!-- Running heads, folios and classification lines: kept, marked as furniture by type. -->
  <xsl:template match="fw" mode="html">
    <span class="fw fw-{ed:class-token(@type)}">
      <xsl:if test="@place"><xsl:attribute name="data-place" select="ed:class-token(@place)"/></xsl:if>
      <xsl:apply-templates mode="html"/>
    </span>
  </xsl:template>

  <xsl:template match="gap[@reason = 'redacted']" mode="html">
    <span class="redaction app app-redaction">
      <xsl:apply-templates select="@ids:id" mode="html-id"/>
      <span class="redaction-text"><xsl:value-of select="if (desc) then normalize-space(desc) else 'REDACTED'"/></span>
      <xsl:call-template name="ed:app-note">
        <xsl:with-param name="text" select="'redacted in the source; the label as printed, marked by the editors'"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <xsl:template match="stamp" mode="html">
    <span class="release-code" title="release or exemption code"><xsl:apply-templates mode="html"/></span>
  </xsl:template>
</xsl:stylesheet>
