/** How every link (and every button that reads as one) looks: the accent colour, underlined until hovered. */
export const LINK_STYLE = 'text-accent underline underline-offset-2 hover:no-underline';
