/**
 * Tailwind classes that make the shared readout cards compact inside a
 * table (no card border, padding or minimum width; a smaller number). In
 * Tailwind's arbitrary variants `_` means a space, so the BEM `__` is escaped (String.raw
 * keeps one backslash both in the source Tailwind scans and at run time).
 * A number never breaks inside (0.8 / 64), a word such as "undefined (0/0)" only at its spaces; the label wrapper, which holds
 * only a screen-reader label, takes no box (`contents`), so that in a
 * stacked phone table the value sits on the line of its column name.
 */
export const COMPACT_READOUTS = String.raw`[&_.ba-readout]:flex [&_.ba-readout]:min-w-0 [&_.ba-readout]:border-0 [&_.ba-readout]:bg-transparent [&_.ba-readout]:p-0 [&_.ba-readout\_\_value]:text-base [&_.ba-readout\_\_value]:font-semibold [&_.ba-readout\_\_value]:whitespace-nowrap [&_.ba-readout\_\_label]:contents [&_.ba-readout\_\_reason]:text-xs [&_.ba-readout--undef_.ba-readout\_\_value]:text-sm [&_.ba-readout--undef_.ba-readout\_\_value]:whitespace-normal [&_td]:align-middle`;
