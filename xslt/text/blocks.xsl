<?xml version="1.0" encoding="UTF-8"?>
<!-- Blocks: every block is one string (its wrapped lines); blocks are separated by blank lines.
     ed:flow splits mixed content into runs of inline content (filled as paragraphs) and block
     elements, so text standing directly in a division, or a list inside a paragraph, is kept. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Block elements; anything else is inline. -->
  <xsl:mode name="text-block" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:function name="ed:is-block" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/(self::div | self::p | self::head | self::lg | self::l | self::list
        | self::item | self::figure | self::ab | self::byline | self::listPerson
        | self::titlePage | self::docTitle | self::titlePart | self::docDate
        | self::quote[p | lg | ab | list or parent::div or parent::body]))"/>
  </xsl:function>

  <xsl:function name="ed:flow" as="xs:string*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:for-each-group select="$nodes" group-adjacent="ed:is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()" mode="text-block">
            <xsl:with-param name="indent" select="$indent" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:when>
        <xsl:otherwise>
          <!-- Empty when the run is only whitespace (e.g. after a nested list): no empty line. -->
          <xsl:sequence select="ed:wrap(string-join(current-group() ! ed:inline(.)), $indent)[. != '']"/>
          <!-- Diplomatic text: note bodies follow the paragraph holding their markers. -->
          <xsl:if test="$diplomatic">
            <xsl:apply-templates select="current-group()/descendant-or-self::note" mode="text-note">
              <xsl:with-param name="indent" select="$indent" tunnel="yes"/>
            </xsl:apply-templates>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:function>

  <xsl:template match="*" mode="text-block" as="xs:string*">
    <xsl:param name="indent" as="xs:string" tunnel="yes"/>
    <xsl:sequence select="ed:flow(node(), $indent)"/>
  </xsl:template>

  <!-- Division headings are underlined. -->
  <xsl:template match="div/head" mode="text-block" as="xs:string*">
    <xsl:param name="indent" as="xs:string" tunnel="yes"/>
    <xsl:variable name="text" select="string-join(ed:flow(node(), $indent), '&#10;')"/>
    <xsl:variable name="longest" select="max((0, tokenize($text, '&#10;') ! string-length(.)))"/>
    <xsl:sequence select="if ($text = '') then () else $text || '&#10;' || string-join((1 to $longest) ! '-')"/>
  </xsl:template>

  <xsl:template match="quote" mode="text-block" as="xs:string*">
    <xsl:param name="indent" as="xs:string" tunnel="yes"/>
    <xsl:sequence select="ed:flow(node(), $indent || '    ')"/>
  </xsl:template>

  <!-- Verse: one line per l, the stanza one block. -->
  <xsl:template match="lg" mode="text-block" as="xs:string*">
    <xsl:param name="indent" as="xs:string" tunnel="yes"/>
    <xsl:variable name="lines" select="node() ! (if (self::l or self::head) then ed:wrap(ed:inline(.), $indent)
                                                else if (self::lg) then ed:flow(., $indent) else ed:wrap(ed:inline(.), $indent))"/>
    <xsl:sequence select="string-join($lines[. != ''], '&#10;')"/>
    <!-- Diplomatic text: notes on the verse follow the stanza, as notes follow a paragraph. -->
    <xsl:if test="$diplomatic">
      <xsl:apply-templates select="(l | head)//note[not(ancestor::note)]" mode="text-note"/>
    </xsl:if>
  </xsl:template>

  <!-- A list is one block, an item per line; printed letters (a., b.) are in the text, others get "- ". -->
  <xsl:template match="list" mode="text-block" as="xs:string*">
    <xsl:param name="indent" as="xs:string" tunnel="yes"/>
    <xsl:sequence select="head ! ed:wrap(ed:inline(.), $indent)"/>
    <!-- Page breaks and furniture between items are lines of the list (no page marker is lost). -->
    <xsl:variable name="items" select="(node() except head)[self::* or normalize-space()] !
        (if (self::item) then (let $body := string-join(ed:flow(node(), $indent || '  '), '&#10;')
                               return if (@n) then $body else replace($body, '^(\s*)  ', '$1- '))
         else ed:wrap(ed:inline(.), $indent || '  '))"/>
    <xsl:sequence select="string-join($items[normalize-space(.) != ''], '&#10;')"/>
  </xsl:template>

  <xsl:template match="figure" mode="text-block" as="xs:string*">
    <xsl:param name="indent" as="xs:string" tunnel="yes"/>
    <xsl:sequence select="head ! ed:wrap('[Figure: ' || ed:inline(.) || ']', $indent)"/>
    <xsl:sequence select="figDesc ! ed:wrap('[Image: ' || ed:inline(.) || ']', $indent)"/>
    <xsl:sequence select="ed:flow(node() except (head, figDesc), $indent)"/>
  </xsl:template>
</xsl:stylesheet>
