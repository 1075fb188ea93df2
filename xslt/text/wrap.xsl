<?xml version="1.0" encoding="UTF-8"?>
<!-- Filling and wrapping. Inline rendering marks things that must stand on a line of their own
     (page-break markers, furniture) with private-use characters: U+E000 … U+E001 for a line,
     U+E002 … U+E001 for a page break inside a word, which is moved after the word so the word
     stays whole. ed:wrap turns one paragraph's string into its lines. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:variable name="ed:width" as="xs:integer" select="78"/>
  <xsl:variable name="ed:line-start" as="xs:string" select="'&#xE000;'"/>
  <xsl:variable name="ed:word-break-start" as="xs:string" select="'&#xE002;'"/>
  <xsl:variable name="ed:line-end" as="xs:string" select="'&#xE001;'"/>

  <!-- A marked line, for inline templates. -->
  <xsl:function name="ed:own-line" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="$ed:line-start || normalize-space($text) || $ed:line-end"/>
  </xsl:function>

  <!-- Saxon's own regex engine backtracks slowly over the filling pattern (half the text
       edition's time); with Saxon, ";j" hands the same pattern to the Java engine. The patterns
       below mean the same in both syntaxes, so another processor gets the standard flags. -->
  <xsl:variable name="ed:fill-flags" as="xs:string" select="'s;j'"
      use-when="system-property('xsl:product-name') = 'SAXON'"/>
  <xsl:variable name="ed:fill-flags" as="xs:string" select="'s'"
      use-when="not(system-property('xsl:product-name') = 'SAXON')"/>

  <!-- One paragraph's text -> its lines, each starting with $indent, joined by newlines
       (empty string when there is no text). Most paragraphs have no marked line: they go
       straight to ed:fill, without the regular expressions that look for one. -->
  <xsl:function name="ed:wrap" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:variable name="lines" select="if (contains($text, $ed:line-start) or contains($text, $ed:word-break-start)) then ed:marked-lines($text, $indent)
                                       else ed:fill($text, $ed:width - string-length($indent)) ! ($indent || .)"/>
    <xsl:sequence select="string-join($lines[normalize-space(.) != ''], '&#10;')"/>
  </xsl:function>

  <!-- A paragraph holding marked lines: each marked line stands alone, the text between is filled. -->
  <xsl:function name="ed:marked-lines" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="indent" as="xs:string"/>
    <!-- In-word page breaks (and the furniture lines after them) move behind the rest of the word. -->
    <xsl:variable name="moved" select="replace(normalize-space($text),
        '(&#xE002;[^&#xE001;]*&#xE001;(\s*&#xE000;[^&#xE001;]*&#xE001;)*)([^\s&#xE000;-&#xE002;]+)', '$3$1')"/>
    <xsl:analyze-string select="$moved" regex="[&#xE000;&#xE002;]([^&#xE001;]*)&#xE001;">
      <xsl:matching-substring>
        <xsl:sequence select="$indent || normalize-space(regex-group(1))"/>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:sequence select="ed:fill(., $ed:width - string-length($indent)) ! ($indent || .)"/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- Greedy fill: lines of at most $width characters; a longer word stands alone, unbroken.
       Flag "s": "." matches any character (there is no newline left after normalize-space), so
       the two engines cannot differ on which characters end a line (Java's list is longer). -->
  <xsl:function name="ed:fill" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="w" select="max(($width, 20))"/>
    <!-- The full width has a fixed pattern, compiled once with the stylesheet; an indented
         block's pattern is compiled each time. -->
    <xsl:variable name="filled" select="if ($w = 78)
        then replace(normalize-space($text) || ' ', '(.{1,78}) |(\S{79,}) ', '$1$2&#10;', $ed:fill-flags)
        else replace(normalize-space($text) || ' ', '(.{1,' || $w || '}) |(\S{' || ($w + 1) || ',}) ', '$1$2&#10;', $ed:fill-flags)"/>
    <xsl:sequence select="tokenize($filled, '&#10;')[. != '']"/>
  </xsl:function>
</xsl:stylesheet>
