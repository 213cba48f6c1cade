// $ZONEINFO names a directory of zone files that LoadLocation tries first;
// it is read once, at the first LoadLocation. A file there that is not
// zone data is passed over (go1.19 keeps no error for it).
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	os.Setenv("ZONEINFO", "/etc")
	for _, name := range []string{"localtime", "passwd", "Europe/Paris", "Nowhere", "America"} {
		loc, err := time.LoadLocation(name)
		fmt.Println(name, loc, err)
		if err == nil {
			fmt.Println(" ", time.Date(2023, 7, 1, 0, 0, 0, 0, loc))
		}
		os.Setenv("ZONEINFO", "/usr/share/zoneinfo/Europe")
	}
}
