package cn.hazedesk.domain.reduction;

/** Where a region's baseline came from: the city's emission inventory, or the list's own total for the region. */
public enum BaselineSource { INVENTORY, LIST_TOTAL }
