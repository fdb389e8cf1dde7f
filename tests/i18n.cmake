# Chinese and English while running: the window and a dialog switch language
# and back, plural forms, complete zh_CN / en files, the CLI under LANG=zh_CN.
cb_add_test(tst_i18n SOURCES tst_i18n.cpp LIBS cloudbackup_ui cloudbackup_core cloudbackup_translations
    LABELS "i18n;gui")
target_compile_definitions(tst_i18n PRIVATE CB_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_dependencies(tst_i18n cloudbackupctl)
