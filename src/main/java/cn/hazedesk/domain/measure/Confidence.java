package cn.hazedesk.domain.measure;

/**
 * How sure the matrix is of a row: the confidence tags of docs/README.md (H, M, L), and UNVERIFIED for placeholders
 * awaiting the city list.
 */
public enum Confidence { H, M, L, UNVERIFIED }
