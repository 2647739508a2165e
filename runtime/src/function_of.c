/*===- function_of.c - the function that holds a code address -------------===*
 *
 * A panic asks, for every registered frame it runs without stepping,
 * which function a return address lies in (panic.c, run_adjacent_frames),
 * cdefer_recover asks it once, and the panic's own unwinder
 * (fast_unwind.c) asks for the FDE of every frame it makes a rule for. libgcc answers with _Unwind_Find_FDE,
 * about 70 ns a question here: it parses the FDE and its CIE on top of the
 * binary search. glibc's _dl_find_object (2.35) finds the object and its
 * PT_GNU_EH_FRAME segment without a lock in about 10 ns, and that
 * segment's sorted table of function starts answers the rest. Only the
 * table layout every linker writes is read here (4-byte entries relative
 * to the segment, FDEs with 4-byte pc-relative starts and 4-byte ranges);
 * anything else, code outside any object (a JIT's registered frames), and
 * systems without _dl_find_object ask libgcc.
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "internal.h"

#include <stdint.h>
#include <string.h>

#if defined(__has_include)
#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#endif
#endif

/* libgcc's FDE lookup (unwind-dw2-fde.h; LLVM's libunwind has it too):
 * bases->func is the start of the function whose code holds pc. */
struct dwarf_eh_bases {
  void *tbase;
  void *dbase;
  void *func;
};
extern const void *_Unwind_Find_FDE(void *pc, struct dwarf_eh_bases *bases);

static uintptr_t ask_libgcc(uintptr_t pc) {
  struct dwarf_eh_bases bases;
  if (_Unwind_Find_FDE((void *)pc, &bases) == NULL)
    return 0;
  return (uintptr_t)bases.func;
}

#if defined(DLFO_STRUCT_HAS_EH_DBASE)
/* DWARF pointer encodings of .eh_frame_hdr. */
enum {
  DW_EH_PE_udata4 = 0x03,
  DW_EH_PE_sdata4 = 0x0b,
  DW_EH_PE_datarel = 0x30,
};

static int32_t read_s32(const unsigned char *p) {
  int32_t v;
  memcpy(&v, p, sizeof v);
  return v;
}

/* The FDE of the function holding pc, from the .eh_frame_hdr at hdr, and
 * that function's start in *start: NULL with *start 0 when no FDE covers
 * pc, NULL with *start (uintptr_t)-1 when the table is not one this reads. */
static const unsigned char *search_table(const unsigned char *hdr, uintptr_t pc,
                                         uintptr_t *start) {
  *start = (uintptr_t)-1;
  if (hdr[0] != 1 || hdr[2] != DW_EH_PE_udata4 ||
      hdr[3] != (DW_EH_PE_datarel | DW_EH_PE_sdata4) ||
      ((hdr[1] & 0x0f) != DW_EH_PE_sdata4 && (hdr[1] & 0x0f) != DW_EH_PE_udata4))
    return NULL;
  uint32_t count;
  memcpy(&count, hdr + 8, sizeof count);
  const unsigned char *table = hdr + 12;
  *start = 0;
  if (count == 0 || pc < (uintptr_t)hdr + read_s32(table))
    return NULL;
  /* The last entry whose start is at or below pc. */
  uint32_t lo = 0, hi = count;
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if ((uintptr_t)hdr + read_s32(table + 8 * (size_t)mid) <= pc)
      lo = mid;
    else
      hi = mid;
  }
  uintptr_t first = (uintptr_t)hdr + read_s32(table + 8 * (size_t)lo);
  const unsigned char *fde = hdr + read_s32(table + 8 * (size_t)lo + 4);
  uint32_t length;
  memcpy(&length, fde, sizeof length);
  /* A 4-byte pc-relative start that agrees with the table, then a 4-byte
   * range: the encoding GCC, Clang and the assemblers write. */
  if (length == 0xffffffffu || length < 12 ||
      (uintptr_t)(fde + 8) + read_s32(fde + 8) != first) {
    *start = (uintptr_t)-1;
    return NULL;
  }
  uint32_t range;
  memcpy(&range, fde + 12, sizeof range);
  if (pc - first >= range)
    return NULL;
  *start = first;
  return fde;
}
#endif

/* Called by the fast unwinder (unwind_x86_64.c): the FDE covering pc, and
 * its function's start in *start; NULL when this lookup cannot say (no
 * object holds pc, a table or FDE in an encoding search_table does not
 * read, no _dl_find_object), and then libgcc has to. */
CDEFER_HIDDEN const unsigned char *__cdefer_fde_of(uintptr_t pc, uintptr_t *start) {
#if defined(DLFO_STRUCT_HAS_EH_DBASE)
  struct dl_find_object found;
  if (_dl_find_object((void *)pc, &found) == 0 && found.dlfo_eh_frame != NULL)
    return search_table(found.dlfo_eh_frame, pc, start);
#endif
  (void)pc;
  *start = (uintptr_t)-1;
  return NULL;
}

/* Called by panic.c: the start of the function whose code holds the
 * return address ra, or 0 when no function's unwind information covers
 * it. */
CDEFER_HIDDEN uintptr_t __cdefer_function_of(uintptr_t ra) {
  uintptr_t pc = ra - 1; /* inside the call, not after it */
  uintptr_t start;
  __cdefer_fde_of(pc, &start);
  if (start != (uintptr_t)-1)
    return start;
  return ask_libgcc(pc);
}
