let draftKeys = 0

/** A key for a line being written (estimate items, settlement lines): unique while the page lives. */
export const nextDraftKey = () => `d${++draftKeys}`
