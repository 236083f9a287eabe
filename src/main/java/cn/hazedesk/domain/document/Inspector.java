package cn.hazedesk.domain.document;

/** An inspector of a site visit with the number of the enforcement ID (执法证号). */
public record Inspector(String name, String badgeNumber) {
}
