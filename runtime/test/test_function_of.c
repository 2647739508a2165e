/* __cdefer_function_of (runtime/src/function_of.c), which panics ask which
 * function a return address lies in, answers as libgcc's _Unwind_Find_FDE
 * does: for the first and a middle byte of every function in every loaded
 * object's .eh_frame_hdr table (this program, libc, the dynamic loader...),
 * for the bytes between two functions, and for addresses in no object. */
#define _GNU_SOURCE
#include "unit.h"

#include <link.h>
#include <stdint.h>
#include <string.h>

uintptr_t __cdefer_function_of(uintptr_t ra); /* hidden in the runtime */

struct dwarf_eh_bases {
  void *tbase;
  void *dbase;
  void *func;
};
extern const void *_Unwind_Find_FDE(void *pc, struct dwarf_eh_bases *bases);

static uintptr_t libgcc_function_of(uintptr_t ra) {
  struct dwarf_eh_bases bases;
  if (_Unwind_Find_FDE((void *)(ra - 1), &bases) == NULL)
    return 0;
  return (uintptr_t)bases.func;
}

static size_t probes, mismatches;

static void probe(uintptr_t ra) {
  uintptr_t ours = __cdefer_function_of(ra), theirs = libgcc_function_of(ra);
  probes++;
  if (ours != theirs && mismatches++ < 10)
    fprintf(stderr, "return address %#lx: function_of says %#lx, libgcc %#lx\n",
            (unsigned long)ra, (unsigned long)ours, (unsigned long)theirs);
}

static int32_t s32(const unsigned char *p) {
  int32_t v;
  memcpy(&v, p, sizeof v);
  return v;
}

/* Probes each function of one object's .eh_frame_hdr table (the layout
 * linkers write: 4-byte entries relative to the header). */
static int each_object(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  (void)data;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    if (info->dlpi_phdr[i].p_type != PT_GNU_EH_FRAME)
      continue;
    const unsigned char *hdr =
        (const unsigned char *)(info->dlpi_addr + info->dlpi_phdr[i].p_vaddr);
    if (hdr[0] != 1 || hdr[2] != 0x03 || hdr[3] != 0x3b)
      continue;
    uint32_t count;
    memcpy(&count, hdr + 8, sizeof count);
    const unsigned char *table = hdr + 12;
    for (uint32_t k = 0; k < count; k++) {
      uintptr_t start = (uintptr_t)hdr + s32(table + 8 * (size_t)k);
      probe(start + 1);  /* pc: the first byte */
      probe(start + 2);
      uintptr_t next = k + 1 < count ? (uintptr_t)hdr + s32(table + 8 * (size_t)(k + 1))
                                     : start + 64;
      probe(start + (next - start) / 2 + 1); /* in the function, or a gap */
      probe(next);                           /* the last byte before the next */
    }
  }
  return 0;
}

int main(void) {
  dl_iterate_phdr(each_object, NULL);
  CHECK(probes > 1000); /* this program, libc and ld.so at least */
  printf("%zu probes\n", probes);
  /* No object holds these. */
  int local;
  probe((uintptr_t)&local);
  void *heap = malloc(16);
  probe((uintptr_t)heap);
  free(heap);
  probe(16);
  CHECK_EQ(mismatches, 0);
  CHECK_EQ(__cdefer_function_of((uintptr_t)&local), 0);
  PASS("test_function_of");
}
