// time.c: the parts of package time that ask the operating system (= the
// runtime's walltime and nanotime, and the time zone data Go reads from
// /etc/localtime or $TZ): the functions lib/time.go declares without a body.
// Keep in sync with lib/time.go.
//
// The Local time zone is the C library's (localtime_r), which reads the same
// files as Go: $TZ's zone under /usr/share/zoneinfo, else /etc/localtime; so
// a program sees the same offsets and abbreviations. Where Go falls back to
// UTC (TZ="", TZ=UTC, a zone file that is not there) so does local_zone().
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runtime.h"

typedef struct WallTime {
    int64_t sec;  // seconds since 1970-01-01 00:00:00 UTC
    int64_t nsec; // [0, 999999999]
} WallTime;

// = runtime.walltime: the time of day.
WallTime time_now(void) __asm__("time.now");
WallTime time_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (WallTime){ts.tv_sec, ts.tv_nsec};
}

// = runtime.nanotime: the monotonic clock in nanoseconds.
int64_t time_runtimeNano(void) __asm__("time.runtimeNano");
int64_t time_runtimeNano(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// The directories where Go looks for a zone named by $TZ (platformZoneSources).
static const char *const zone_dirs[] = {"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/",
                                        "/usr/lib/locale/TZ/"};

static bool zone_file_exists(const char *dir, const char *name) {
    size_t n = strlen(dir), m = strlen(name);
    char *path = mallocgc_noscan(n + m + 1);
    memcpy(path, dir, n);
    memcpy(path + n, name, m + 1);
    return access(path, R_OK) == 0;
}

// local_name = Go's initLocal: the name of the Local location, "UTC" where
// Go uses UTC instead of a zone file.
static const char *local_name(void) {
    static const char *name;
    if (name)
        return name;
    const char *tz = getenv("TZ");
    if (tz == NULL) {
        name = access("/etc/localtime", R_OK) == 0 ? "Local" : "UTC";
        return name;
    }
    if (tz[0] == ':')
        tz++;
    name = "UTC";
    if (tz[0] == '/') {
        if (access(tz, R_OK) == 0)
            name = strcmp(tz, "/etc/localtime") == 0 ? "Local" : tz;
    } else if (tz[0] != '\0' && strcmp(tz, "UTC") != 0) {
        for (size_t i = 0; i < sizeof zone_dirs / sizeof *zone_dirs; i++)
            if (zone_file_exists(zone_dirs[i], tz))
                name = tz;
    }
    return name;
}

// localName returns the name of the Local location (its String()).
GoString time_localName(void) __asm__("time.localName");
GoString time_localName(void) {
    const char *name = local_name();
    return (GoString){(const uint8_t *)name, (int64_t)strlen(name)};
}

typedef struct Zone {
    GoString name; // the abbreviation, "CET"
    int64_t offset; // seconds east of UTC
} Zone;

// localZone returns the zone of the Local location in effect at unix second
// sec: its abbreviation and offset.
Zone time_localZone(int64_t sec) __asm__("time.localZone");
Zone time_localZone(int64_t sec) {
    time_t t = (time_t)sec;
    struct tm tm;
    if (strcmp(local_name(), "UTC") == 0 || localtime_r(&t, &tm) == NULL || tm.tm_zone == NULL)
        return (Zone){{(const uint8_t *)"UTC", 3}, 0};
    size_t n = strlen(tm.tm_zone);
    char *name = mallocgc_noscan(n);
    memcpy(name, tm.tm_zone, n);
    return (Zone){{(const uint8_t *)name, (int64_t)n}, tm.tm_gmtoff};
}
