/* watch.c - a watch-style main loop over the relief timer engine (written with the relief issue). */
int main(void)
{
    return 0;
}
