<?xml version="1.0" encoding="UTF-8"?>
<!-- Block structure: divisions, headings, paragraphs, quotations, verse, lists, figures. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xmlns:ids="urn:edition:ids"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The text flow. An element this edition does not use still shows its text (nothing is lost). -->
  <xsl:mode name="html" on-no-match="text-only-copy" on-multiple-match="fail" use-accumulators="#all"/>
  <!-- Attributes every rendered element carries over (language). -->
  <xsl:mode name="html-attributes" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <xsl:template match="@xml:lang[ed:lang(.)]" mode="html-attributes">
    <xsl:attribute name="lang" select="."/>
  </xsl:template>

  <xsl:template match="body" mode="html">
    <xsl:apply-templates mode="html"/>
  </xsl:template>

  <xsl:template match="front | back" mode="html">
    <section class="{local-name()}"><xsl:apply-templates mode="html"/></section>
  </xsl:template>

  <!-- A division with a heading is a <section>; one without is a <div> (a headless section
       is an outline without a title, which the Nu Html Checker warns about). -->
  <xsl:template match="div" mode="html">
    <xsl:element name="{if (head) then 'section' else 'div'}">
      <xsl:attribute name="class" select="'div div-' || ed:class-token(@type)"/>
      <xsl:if test="ed:is-id(@xml:id)"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:apply-templates select="@xml:lang" mode="html-attributes"/>
      <xsl:apply-templates mode="html"/>
    </xsl:element>
  </xsl:template>

  <!-- Headings: the document title is h1, top-level divisions h2, anything deeper h3; under a
       division whose heading prints the title (h1), its subdivisions are the h2s. -->
  <xsl:template match="div/head" mode="html">
    <xsl:variable name="title-div" select="ed:title-head(ancestor::TEI)/.."/>
    <xsl:variable name="depth" select="count(ancestor::div) - (if (exists(../ancestor::div intersect $title-div)) then 1 else 0)"/>
    <xsl:element name="{if ($depth le 1) then 'h2' else 'h3'}">
      <xsl:apply-templates select="@ids:id" mode="html-id"/>
      <xsl:apply-templates select="@xml:lang" mode="html-attributes"/>
      <xsl:apply-templates mode="html"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="div/head[. is ed:title-head(ancestor::TEI)]" mode="html" priority="1">
    <h1><xsl:apply-templates select="@ids:id" mode="html-id"/><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></h1>
  </xsl:template>

  <!-- The other headings of the title's division (a chapter number) are part of that h1's block. -->
  <xsl:template match="div/head[../head[. is ed:title-head(ancestor::TEI)]]" mode="html" priority="0.75">
    <p class="head"><xsl:apply-templates select="@ids:id" mode="html-id"/><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></p>
  </xsl:template>

  <xsl:template match="head" mode="html">
    <p class="head"><xsl:apply-templates select="@ids:id" mode="html-id"/><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></p>
  </xsl:template>

  <!-- A figure printed inside a paragraph stands, in the reading view, after that paragraph
       (a block boundary), not between two words; the diplomatic view keeps it where it was printed. -->
  <xsl:template match="p" mode="html">
    <p><xsl:call-template name="ed:paragraph-attributes"/><xsl:apply-templates mode="html"/></p>
    <xsl:apply-templates select="ed:moved-figures(.)" mode="html-figure"/>
  </xsl:template>

  <!-- A paragraph holding a block quotation, list, verse or figure cannot be an HTML <p>. -->
  <xsl:template match="p[(.//quote[p | lg | ab | list] | .//list | .//lg | .//figure | .//ab)[not(ancestor::note except current()/ancestor::note)]
                         except ed:moved-figures(.)]" mode="html">
    <div class="p"><xsl:call-template name="ed:paragraph-attributes"/><xsl:apply-templates mode="html"/></div>
    <xsl:apply-templates select="ed:moved-figures(.)" mode="html-figure"/>
  </xsl:template>

  <!-- Whether the reading view moves $figure after its paragraph (a figure in a note stays put). -->
  <xsl:function name="ed:is-moved" as="xs:boolean">
    <xsl:param name="figure" as="element(figure)"/>
    <xsl:sequence select="$view != 'diplomatic' and exists($figure/ancestor::p)
                          and empty($figure/ancestor::note except $figure/ancestor::p[1]/ancestor::note)"/>
  </xsl:function>

  <xsl:function name="ed:moved-figures" as="element(figure)*">
    <xsl:param name="p" as="element(p)"/>
    <xsl:sequence select="$p//figure[ancestor::p[1] is $p][ed:is-moved(.)]"/>
  </xsl:function>

  <xsl:template name="ed:paragraph-attributes">
    <xsl:apply-templates select="@ids:id" mode="html-id"/>
    <xsl:if test="@n"><xsl:attribute name="data-n" select="@n"/></xsl:if>
    <xsl:apply-templates select="@xml:lang" mode="html-attributes"/>
  </xsl:template>

  <!-- Inline quotation (the printed quotation marks are in the text). -->
  <xsl:template match="quote" mode="html">
    <span class="quote"><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></span>
  </xsl:template>

  <xsl:template match="quote[p | lg | ab | list] | div/quote | body/quote | note/quote" mode="html" priority="1">
    <blockquote>
      <xsl:apply-templates select="@xml:lang" mode="html-attributes"/>
      <xsl:choose>
        <xsl:when test="p | lg | ab | list"><xsl:apply-templates mode="html"/></xsl:when>
        <xsl:otherwise><p><xsl:apply-templates select="@ids:id" mode="html-id"/><xsl:apply-templates mode="html"/></p></xsl:otherwise>
      </xsl:choose>
    </blockquote>
  </xsl:template>

  <xsl:template match="lg" mode="html">
    <div class="lg"><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></div>
  </xsl:template>

  <xsl:template match="lg/head" mode="html">
    <div class="lg-head"><xsl:apply-templates select="@ids:id" mode="html-id"/><xsl:apply-templates mode="html"/></div>
  </xsl:template>

  <xsl:template match="l" mode="html">
    <div class="l"><xsl:apply-templates select="@ids:id" mode="html-id"/><xsl:apply-templates select="@xml:lang" mode="html-attributes"/><xsl:apply-templates mode="html"/></div>
  </xsl:template>

  <xsl:template match="list" mode="html">
    <xsl:apply-templates select="head" mode="html"/>
    <!-- Items that carry their printed label ("a.") in the text get no second, typeset marker. -->
    <ul class="list{if (item/@n) then ' list-labelled' else ''}">
      <!-- Page breaks and furniture between items go into the next item (a <ul> holds only <li>). -->
      <xsl:for-each-group select="node() except head" group-ending-with="item">
        <xsl:variable name="item" select="current-group()[self::item]"/>
        <xsl:variable name="before" select="(current-group() except $item)[self::* or normalize-space()]"/>
        <xsl:choose>
          <xsl:when test="$item">
            <xsl:apply-templates select="$item" mode="html"><xsl:with-param name="before" select="$before"/></xsl:apply-templates>
          </xsl:when>
          <xsl:when test="$before"><li class="list-furniture"><xsl:apply-templates select="$before" mode="html"/></li></xsl:when>
        </xsl:choose>
      </xsl:for-each-group>
    </ul>
  </xsl:template>

  <xsl:template match="list/head" mode="html">
    <p class="list-head"><xsl:apply-templates select="@ids:id" mode="html-id"/><xsl:apply-templates mode="html"/></p>
  </xsl:template>

  <xsl:template match="item" mode="html">
    <xsl:param name="before" as="node()*" select="()"/>
    <li>
      <xsl:apply-templates select="@ids:id" mode="html-id"/>
      <xsl:if test="@n"><xsl:attribute name="data-n" select="@n"/></xsl:if>
      <xsl:apply-templates select="@xml:lang" mode="html-attributes"/>
      <xsl:apply-templates select="$before" mode="html"/>
      <xsl:apply-templates mode="html"/>
    </li>
  </xsl:template>

  <!-- A figure: framed, labelled "Figure n" by the edition, with the printed caption (head) and
       the editors' description (figDesc), which is said to be theirs. -->
  <xsl:mode name="html-figure" on-no-match="shallow-skip" on-multiple-match="fail" use-accumulators="#all"/>

  <xsl:accumulator name="ed:figure" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//figure" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:template match="figure" mode="html">
    <xsl:if test="not(ed:is-moved(.))"><xsl:apply-templates select="." mode="html-figure"/></xsl:if>
  </xsl:template>

  <xsl:template match="figure" mode="html-figure">
    <xsl:variable name="n" select="accumulator-before('ed:figure')"/>
    <figure class="figure">
      <xsl:if test="ancestor::text"><xsl:attribute name="id" select="'figure' || $n"/></xsl:if>
      <xsl:apply-templates select="node() except (head, figDesc)" mode="html"/>
      <figcaption>
        <span class="figure-label">Figure <xsl:value-of select="$n"/></span>
        <xsl:for-each select="head">
          <xsl:text> </xsl:text>
          <span class="figure-head"><xsl:apply-templates select="@ids:id" mode="html-id"/><xsl:apply-templates mode="html"/></span>
        </xsl:for-each>
        <xsl:for-each select="figDesc">
          <xsl:text> </xsl:text>
          <span class="figdesc"><span class="figdesc-label">Editors’ description:</span><xsl:text> </xsl:text><xsl:apply-templates mode="html"/></span>
        </xsl:for-each>
      </figcaption>
    </figure>
  </xsl:template>

  <xsl:template match="ab" mode="html">
    <div class="ab ab-{ed:class-token(@type)}">
      <xsl:apply-templates select="@ids:id" mode="html-id"/>
      <xsl:apply-templates select="@xml:lang" mode="html-attributes"/>
      <xsl:apply-templates mode="html"/>
    </div>
  </xsl:template>

  <xsl:template match="byline" mode="html">
    <p class="byline"><xsl:apply-templates select="@ids:id" mode="html-id"/><xsl:apply-templates mode="html"/></p>
  </xsl:template>

  <xsl:template match="docAuthor" mode="html">
    <span class="doc-author"><xsl:apply-templates mode="html"/></span>
  </xsl:template>
</xsl:stylesheet>
