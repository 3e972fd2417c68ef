#ifndef HALLDESK_CNCURSESW_SHIM_H
#define HALLDESK_CNCURSESW_SHIM_H

/* Wide-character curses: get_wch, cchar_t and mvadd_wch exist only with this defined. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift cannot see C macros and globals that change under it; these reach them. */
static inline WINDOW *halldesk_stdscr(void) { return stdscr; }
static inline int halldesk_lines(void) { return LINES; }
static inline int halldesk_cols(void) { return COLS; }
static inline int halldesk_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int halldesk_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int halldesk_key_resize(void) { return KEY_RESIZE; }
static inline int halldesk_colors(void) { return COLORS; }
static inline int halldesk_color_pairs(void) { return COLOR_PAIRS; }
static inline const char *halldesk_codeset(void) { return nl_langinfo(CODESET); }

/* Attribute bits are built by a macro (NCURSES_BITS) that Swift does not import. */
static inline attr_t halldesk_a_bold(void) { return A_BOLD; }
static inline attr_t halldesk_a_reverse(void) { return A_REVERSE; }
static inline attr_t halldesk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t halldesk_a_dim(void) { return A_DIM; }

/* One screen cell from a spacing character plus up to four combining ones (NUL-ended),
   with the colour pair passed as an int so pairs above 32767 also work. */
static inline int halldesk_setcchar(cchar_t *cell, const wchar_t *chars, attr_t attrs, int pair) {
    return setcchar(cell, chars, attrs, 0, &pair);
}

#endif
