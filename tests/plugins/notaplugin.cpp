// A shared library with no Qt plugin metadata at all.
extern "C" int gpsi_not_a_plugin_answer()
{
    return 42;
}
