package cn.hazedesk.domain.measure;

/** How sure the matrix is of a row: the DOMAIN.md tags, and UNVERIFIED for placeholders awaiting the city list. */
public enum Confidence { H, M, L, UNVERIFIED }
