package org.dyad.clause;

/**
 * Whether a clause reports an act as its doer's own stated intent rather than as a plan seen from
 * outside. CAMEO codes a stated intent as the intent itself (03x "express intent to cooperate",
 * 13x "threaten"), so "offered to mediate" is an agreement and "threatened to cut aid" a threat,
 * while "talks are expected to resume" stays the talks, planned.
 */
public enum Intent {
    /** No stated intent: the act itself (happened, planned, possible or denied). */
    NONE,
    /**
     * The doer states its intent towards any act: "offered to", "vowed to", "is willing to", a
     * future reported by its doer ("said it would send troops"), a quoted first-person future ("we will respond").
     */
    OWN,
    /** The doer consents to the act ("agreed to", "decided to"): an intent only when the act is one of cooperation. */
    CONSENT
}
