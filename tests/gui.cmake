# The desktop console's tests (offscreen): models under QAbstractItemModelTester, and the real window.
cb_add_test(tst_models SOURCES tst_models.cpp LIBS cloudbackup_ui LABELS gui)
# Verify, the job history and its logs, and failure alerts, through the window (and cloudbackupctl beside it).
cb_add_test(tst_outcomes SOURCES tst_outcomes.cpp CtlSupport.h CtlSupport.cpp LIBS cloudbackup_ui LABELS gui)
add_dependencies(tst_outcomes cloudbackupctl)
cb_add_test(tst_gui SOURCES tst_gui.cpp GuiTestSupport.h LIBS cloudbackup_ui LABELS gui)
# The chain graph at scale, tags on several backups, the dashboard.
cb_add_test(tst_chain SOURCES tst_chain.cpp GuiTestSupport.h LIBS cloudbackup_ui LABELS gui)
# The console on a shared PostgreSQL catalog, logged in as a member: only this function, with the fixture.
add_test(NAME tst_gui_pg COMMAND tst_gui memberOnSharedCatalog)
set_tests_properties(tst_gui_pg PROPERTIES LABELS "gui;postgres" TIMEOUT 900 FIXTURES_REQUIRED postgres
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;CLOUDBACKUP_TEST_PG_DIR=${CB_PG_DIR}")
# Backup policies in the console: the Policies page and dialog, protection, next runs.
cb_add_test(tst_gui_policies SOURCES tst_gui_policies.cpp GuiTestSupport.h LIBS cloudbackup_ui LABELS gui)
# Layout and dialog choices: four-digit years, restore targets with reasons, dialogs that grow for hints.
cb_add_test(tst_gui_layout SOURCES tst_gui_layout.cpp GuiTestSupport.h LIBS cloudbackup_ui LABELS gui)
# The Health Check page: the doctor's checks with their fixes, the dashboard's pointer to a failure.
cb_add_test(tst_gui_doctor SOURCES tst_gui_doctor.cpp GuiTestSupport.h LIBS cloudbackup_ui LABELS gui)
