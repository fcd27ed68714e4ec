// The card fields and image types on their own, without zod: the renderer's first bundle (the
// sidebar's capture count) needs these two lists, not the capture contract's schemas (issue 7).

/** What the field parser finds on a card, in this order on the review screen. */
export const CARD_FIELDS = ['name', 'company', 'department', 'title', 'mobile', 'phone', 'fax', 'email', 'url', 'address'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export const CARD_IMAGE_MIMES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'] as const;
