/**
 * Tailwind classes that make the shared readout cards compact inside a
 * table (no card border, padding or minimum width; a smaller number) and pad
 * the table's cells. In Tailwind's arbitrary variants `_` means a space, so
 * the BEM `__` is escaped (String.raw keeps one backslash both in the source
 * Tailwind scans and at run time).
 */
export const COMPACT_TABLE = String.raw`[&_.ba-readout]:min-w-0 [&_.ba-readout]:border-0 [&_.ba-readout]:bg-transparent [&_.ba-readout]:p-0 [&_.ba-readout\_\_value]:text-base [&_.ba-readout\_\_value]:font-semibold [&_.ba-readout\_\_reason]:text-xs [&_td]:align-middle [&_td]:px-1 [&_td]:py-0.5 [&_th]:px-1 [&_th]:py-0.5 [&_th]:align-middle`;
