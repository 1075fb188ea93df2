<?xml version="1.0" encoding="UTF-8"?>
<!-- Places and organisations. A mention links to its entry in the index of places or of
     organisations (the href is built only from a validated id), as a person's does; the
     outermost mention of each kind has the id edition/anchors.py gave it ({doc}-pl1…,
     {doc}-org1…), so the indexes link back to it. A name inside another link
     (Moscow inside "the Moscow Party Committee") or holding a note stays a marked span: HTML
     allows no link inside a link. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    xmlns:ids="urn:edition:ids"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template match="placeName | orgName" mode="html">
    <xsl:variable name="kind" select="if (self::placeName) then 'place' else 'org'"/>
    <!-- ids:entry: the entry the @ref names, resolved before the transform (src/edition/tei/refs.py). -->
    <xsl:variable name="id" select="@ids:entry/string()"/>
    <xsl:variable name="base" select="if (self::placeName) then $places-base else $organisations-base"/>
    <xsl:variable name="register" select="if (self::placeName) then $places else $organisations"/>
    <xsl:variable name="entry" select="if (exists($register) and exists($id)) then key('ed:entry', $id, $register)[1] else ()"/>
    <!-- an id its register (when there is one to read) does not hold is no entry: as a person's -->
    <xsl:variable name="unresolved" select="empty($id) or (exists($register) and empty($entry))"/>
    <xsl:choose>
      <xsl:when test="$unresolved or $base = '' or ancestor::persName[@ref] or ancestor::placeName or ancestor::orgName
                      or .//ref[@type = 'noteAnchor'] or .//note">
        <span class="{$kind}{if ($unresolved) then ' unresolved' else ''}">
          <xsl:if test="exists($id)"><xsl:attribute name="data-{$kind}" select="$id"/></xsl:if>
          <xsl:apply-templates select="@ids:id" mode="html-id"/>
          <xsl:apply-templates select="@xml:lang" mode="html-attributes"/>
          <xsl:apply-templates mode="html"/>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <a class="{$kind}{if (@cert = 'low') then ' cert-low' else ''}" href="{$base}{$id}{$persons-suffix}"
           title="{ed:entry-title(., $entry)}">
          <xsl:attribute name="data-{$kind}" select="$id"/>
          <xsl:apply-templates select="@ids:id" mode="html-id"/>
          <xsl:apply-templates select="@xml:lang" mode="html-attributes"/>
          <xsl:apply-templates mode="html"/>
        </a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A person named inside a place's or an organisation's name (a link) is not a second link,
       but keeps the id the index of persons links to. -->
  <xsl:template match="persName[ancestor::placeName or ancestor::orgName]" mode="html" priority="3">
    <span class="person">
      <xsl:if test="@ids:entry"><xsl:attribute name="data-person" select="@ids:entry"/></xsl:if>
      <xsl:apply-templates select="@ids:id" mode="html-id"/>
      <xsl:apply-templates select="@xml:lang" mode="html-attributes"/>
      <xsl:apply-templates mode="html"/>
    </span>
  </xsl:template>
</xsl:stylesheet>
