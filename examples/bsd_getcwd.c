/* bsd_getcwd.c - the 4.4BSD getcwd, its `goto err` ladder turned into __defer
 *
 *   usage: bsd_getcwd [DIR...]   (prints the working directory, or each DIR
 *                                 as bsd_getcwd finds it after a chdir)
 *
 * Where it came from. `getcwd` in newlib 3.3.0, newlib/libc/unix/getcwd.c
 * (Debian 12 package newlib-source 3.3.0-1.3+deb12u1), which is the 4.4BSD
 * libc function: "@(#)getcwd.c 5.11 (Berkeley) 2/24/91". It finds the path
 * of "." the old way: stat ".", open "..", look for the entry with the same
 * inode, prepend its name, and go up until it reaches "/". Licence: BSD (the
 * notice below, kept as the licence asks).
 *
 * It holds up to three resources at once, each released on some paths and
 * not others: the result buffer `pt` (freed on error only, and only if
 * getcwd allocated it), the "../../.." buffer `up` (always freed), and the
 * open directory `dir` (closed on error; the loop closes it itself on the
 * way up). Upstream sends its error exits (seven `goto err`, and two
 * `goto notfound` that fall through to it) to one `err:` label that tests
 * each resource before releasing it, and repeats part of that on the
 * success path. Here each release is a `__defer` written where the resource
 * is acquired, and every error exit is a plain `return NULL`.
 *
 * What changed from upstream, all marked in the code:
 *   - the cleanup: three `__defer` blocks, `goto err` -> `return NULL`, the
 *     `err:` label and the success path's `free (up)` gone;
 *   - `dir` lost its `register`: deferred code may not refer to a register
 *     variable (docs/semantics.md);
 *   - realloc results go through a temporary. Upstream's `up = realloc (up,
 *     ...)` loses the old block when realloc fails, so that path leaked it;
 *     the deferred `free (up)` needs the old pointer, which fixes the leak;
 *   - success hands `pt` to the caller by clearing `ptsize`, which upstream
 *     already uses to mean "pt is ours";
 * and, in the upstream copy that the tests compare with too
 * (test/examples/Inputs/bsd_getcwd_goto.c), porting edits only: the name
 * (libc has a getcwd), a prototype instead of a K&R definition, newlib's
 * <reent.h>/<_syslist.h> and its _NO_GETCWD/_REENT_ONLY guards dropped,
 * __dirfd -> dirfd, and `eup = up + upsize` instead of `up + MAXPATHLEN`
 * (on BSD MAXPATHLEN was 1024, about the size of the 1020-byte buffer; on
 * Linux it is 4096, past its end).
 *
 * Two upstream bugs that have nothing to do with the cleanup are kept in
 * both copies: a caller's buffer of 1 byte at "/" gets its '/' written
 * before its start, and once the "../" buffer has grown (some 250 levels
 * deep) `bup = up` drops the "../"s built so far and the walk ends in
 * ENOENT. The path also needs one byte more than its length plus the NUL.
 *
 * The deferred blocks refer to variables, not values (the block form): `up`
 * and `pt` may be moved by realloc and `dir` changes on every level, and
 * each block must see what they hold at return. The call form,
 * `__defer free (up);`, evaluates `up` when the `__defer` runs: it would
 * free the first block, which a realloc may already have freed.
 *
 * Tests: test/examples/bsd_getcwd.test runs this file and the upstream copy
 * through the same checks, with a failure injected at every malloc,
 * realloc, stat, opendir, fstat and readdir in turn (Inputs/getcwd_driver.c),
 * and compares what the two return and what they leave allocated or open.
 * bench/realcode_getcwd.sh compares their speed with callgrind.
 *
 * Build: clang-22 -fplugin=CDefer.so bsd_getcwd.c
 *        (all three defers are open-coded: no runtime call, no libcdefer)
 *===----------------------------------------------------------------------===*/

/*
 * Copyright (c) 1989, 1991 The Regents of the University of California.
 * All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions
 * are met:
 * 1. Redistributions of source code must retain the above copyright
 *    notice, this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright
 *    notice, this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 4. Neither the name of the University nor the names of its contributors
 *    may be used to endorse or promote products derived from this software
 *    without specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE REGENTS AND CONTRIBUTORS ``AS IS'' AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED.  IN NO EVENT SHALL THE REGENTS OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS
 * OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION)
 * HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT
 * LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY
 * OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF
 * SUCH DAMAGE.
 */

#define _DEFAULT_SOURCE 1 /* dirfd, MAXNAMLEN */
#include <sys/param.h>
#include <sys/stat.h>
#include <errno.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define bcopy(a,b,c)	memmove (b,a,c)

#define	ISDOT(dp) \
	(dp->d_name[0] == '.' && (dp->d_name[1] == '\0' || \
           (dp->d_name[1] == '.' && dp->d_name[2] == '\0')))

char *
bsd_getcwd (char *pt, size_t size)
{
  register struct dirent *dp;
  DIR *dir = NULL;		/* CHANGED: not `register`, deferred code uses it */
  register dev_t dev;
  register ino_t ino;
  register int first;
  register char *bpt, *bup;
  struct stat s;
  dev_t root_dev;
  ino_t root_ino;
  size_t ptsize, upsize;
  int save_errno;
  char *ept, *eup, *up;

  /*
   * If no buffer specified by the user, allocate one as necessary.
   * If a buffer is specified, the size has to be non-zero.  The path
   * is built from the end of the buffer backwards.
   */

  if (pt)
    {
      ptsize = 0;
      if (!size)
	{
	  errno = EINVAL;
	  return (char *) NULL;
	}
      ept = pt + size;
    }
  else
    {
      if (!(pt = (char *) malloc (ptsize = 1024 - 4)))
	{
	  return (char *) NULL;
	}
      ept = pt + ptsize;
    }
  /* CHANGED: ptsize != 0 means pt is ours; success clears it to hand pt over. */
  __defer {
    if (ptsize)
      free (pt);
  }
  bpt = ept - 1;
  *bpt = '\0';

  /*
   * Allocate bytes (1024 - malloc space) for the string of "../"'s.
   * Should always be enough (it's 340 levels).  If it's not, allocate
   * as necessary.  Special * case the first stat, it's ".", not "..".
   */

  if (!(up = (char *) malloc (upsize = 1024 - 4)))
    {
      return (char *) NULL;		/* CHANGED: was goto err */
    }
  __defer {			/* CHANGED: the block form, see the top comment */
    free (up);
  }
  __defer {			/* CHANGED: the directory open when we return */
    if (dir)
      (void) closedir (dir);
  }
  eup = up + upsize;		/* porting: upstream had up + MAXPATHLEN */
  bup = up;
  up[0] = '.';
  up[1] = '\0';

  /* Save root values, so know when to stop. */
  if (stat ("/", &s))
    return (char *) NULL;		/* CHANGED: was goto err */
  root_dev = s.st_dev;
  root_ino = s.st_ino;

  errno = 0;			/* XXX readdir has no error return. */

  for (first = 1;; first = 0)
    {
      /* Stat the current level. */
      if (stat (up, &s))
	return (char *) NULL;		/* CHANGED: was goto err */

      /* Save current node values. */
      ino = s.st_ino;
      dev = s.st_dev;

      /* Check for reaching root. */
      if (root_dev == dev && root_ino == ino)
	{
	  *--bpt = '/';
	  /*
	   * It's unclear that it's a requirement to copy the
	   * path to the beginning of the buffer, but it's always
	   * been that way and stuff would probably break.
	   */
	  (void) bcopy (bpt, pt, ept - bpt);
	  ptsize = 0;			/* CHANGED: was free (up) */
	  return pt;
	}

      /*
       * Build pointer to the parent directory, allocating memory
       * as necessary.  Max length is 3 for "../", the largest
       * possible component name, plus a trailing NULL.
       */

      if (bup + 3 + MAXNAMLEN + 1 >= eup)
	{
	  char *nup = (char *) realloc (up, upsize *= 2); /* CHANGED */
	  if (!nup)
	    {
	      return (char *) NULL;	/* CHANGED: was goto err */
	    }
	  up = nup;
	  bup = up;
	  eup = up + upsize;
	}
      *bup++ = '.';
      *bup++ = '.';
      *bup = '\0';

      /* Open and stat parent directory. */
      if (!(dir = opendir (up)) || fstat (dirfd (dir), &s))
	return (char *) NULL;		/* CHANGED: was goto err */

      /* Add trailing slash for next directory. */
      *bup++ = '/';

      /*
       * If it's a mount point, have to stat each element because
       * the inode number in the directory is for the entry in the
       * parent directory, not the inode number of the mounted file.
       */

      save_errno = 0;
      if (s.st_dev == dev)
	{
	  for (;;)
	    {
	      if (!(dp = readdir (dir)))
		goto notfound;
	      if (dp->d_ino == ino)
		break;
	    }
	}
      else
	for (;;)
	  {
	    if (!(dp = readdir (dir)))
	      goto notfound;
	    if (ISDOT (dp))
	      continue;
	    bcopy (dp->d_name, bup, strlen (dp->d_name) + 1);

	    /* Save the first error for later. */
	    if (stat (up, &s))
	      {
		if (!save_errno)
		  save_errno = errno;
		errno = 0;
		continue;
	      }
	    if (s.st_dev == dev && s.st_ino == ino)
	      break;
	  }

      /*
       * Check for length of the current name, preceding slash,
       * leading slash.
       */

      if (bpt - pt <= strlen (dp->d_name) + (first ? 1 : 2))
	{
	  size_t len, off;
	  char *npt;			/* CHANGED */

	  if (!ptsize)
	    {
	      errno = ERANGE;
	      return (char *) NULL;	/* CHANGED: was goto err */
	    }
	  off = bpt - pt;
	  len = ept - bpt;
	  if (!(npt = (char *) realloc (pt, ptsize *= 2)))	/* CHANGED */
	    {
	      return (char *) NULL;	/* CHANGED: was goto err */
	    }
	  pt = npt;
	  bpt = pt + off;
	  ept = pt + ptsize;
	  (void) bcopy (bpt, ept - len, len);
	  bpt = ept - len;
	}
      if (!first)
	*--bpt = '/';
      bpt -= strlen (dp->d_name);
      bcopy (dp->d_name, bpt, strlen (dp->d_name));
      (void) closedir (dir);
      dir = NULL;

      /* Truncate any file name. */
      *bup = '\0';
    }

notfound:
  /*
   * If readdir set errno, use it, not any saved error; otherwise,
   * didn't find the current directory in its parent directory, set
   * errno to ENOENT.
   */

  if (!errno)
    errno = save_errno ? save_errno : ENOENT;
  return (char *) NULL;		/* CHANGED: the err: label is gone */
}

/* Prints the working directory as bsd_getcwd finds it, or, given
   directories, each one after changing to it. */
int
main (int argc, char **argv)
{
  int status = 0;
  for (int i = 1; i < argc || i == 1; i++)
    {
      if (i < argc && chdir (argv[i]) != 0)
	{
	  fprintf (stderr, "bsd_getcwd: cannot chdir to '%s': %s\n", argv[i],
		   strerror (errno));
	  status = 1;
	  continue;
	}
      char *path = bsd_getcwd (NULL, 0);
      if (path == NULL)
	{
	  fprintf (stderr, "bsd_getcwd: %s\n", strerror (errno));
	  status = 1;
	  continue;
	}
      puts (path);
      free (path);
    }
  return status;
}
