/* printf("%.*f", n, x) with the C library's printf, one line per input line. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    char s[512];
    int n;
    while (scanf("%511s %d", s, &n) == 2)
        printf("%.*f\n", n, strtod(s, NULL));
    return 0;
}
