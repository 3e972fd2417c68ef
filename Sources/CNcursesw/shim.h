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

#endif
