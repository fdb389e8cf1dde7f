# The desktop console's tests (offscreen): models under QAbstractItemModelTester, and the real window.
cb_add_test(tst_models SOURCES tst_models.cpp LIBS cloudbackup_ui LABELS gui)
cb_add_test(tst_gui SOURCES tst_gui.cpp GuiTestSupport.h LIBS cloudbackup_ui LABELS gui)
