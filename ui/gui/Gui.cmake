# The desktop application: pages, panels, models and undo commands over
# readiness_core. Models talk to core; widgets talk to models.
file(GLOB readiness_gui_sources CONFIGURE_DEPENDS
    ${CMAKE_CURRENT_LIST_DIR}/*.cpp ${CMAKE_CURRENT_LIST_DIR}/*.h
    ${CMAKE_CURRENT_LIST_DIR}/lifecycle/*.cpp ${CMAKE_CURRENT_LIST_DIR}/lifecycle/*.h
    ${CMAKE_CURRENT_LIST_DIR}/compare/*.cpp ${CMAKE_CURRENT_LIST_DIR}/compare/*.h
    ${CMAKE_CURRENT_LIST_DIR}/review/*.cpp ${CMAKE_CURRENT_LIST_DIR}/review/*.h
    ${CMAKE_CURRENT_LIST_DIR}/workshop/*.cpp ${CMAKE_CURRENT_LIST_DIR}/workshop/*.h
    ${CMAKE_CURRENT_LIST_DIR}/templates/*.cpp ${CMAKE_CURRENT_LIST_DIR}/templates/*.h
    ${CMAKE_CURRENT_LIST_DIR}/backup/*.cpp ${CMAKE_CURRENT_LIST_DIR}/backup/*.h)
target_sources(readiness_ui PRIVATE ${readiness_gui_sources})
target_include_directories(readiness_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_LIST_DIR}/lifecycle
    ${CMAKE_CURRENT_LIST_DIR}/compare ${CMAKE_CURRENT_LIST_DIR}/review ${CMAKE_CURRENT_LIST_DIR}/workshop
    ${CMAKE_CURRENT_LIST_DIR}/templates ${CMAKE_CURRENT_LIST_DIR}/backup)

# English and German UI (Qt Linguist): the build compiles the .ts files to
# <build>/share/gdpr-readiness/translations, where DataPaths finds them.
set(readiness_ts_files
    ${PROJECT_SOURCE_DIR}/resources/translations/gdpr-readiness_de.ts
    ${PROJECT_SOURCE_DIR}/resources/translations/gdpr-readiness_en.ts)
set_source_files_properties(${readiness_ts_files} PROPERTIES
    OUTPUT_LOCATION ${READINESS_BUILD_DATA_DIR}/translations)
# The command line's messages (context "cli") and the data audit page
# (ui/gui/audit, a library of its own) are in the same files.
file(GLOB readiness_cli_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/app/cli/*.cpp ${PROJECT_SOURCE_DIR}/app/main.cpp)
# Every page folder under ui/gui (audit, lifecycle, and those added later).
file(GLOB_RECURSE readiness_ui_tr_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*/*.cpp)
# Texts of core that the user reads (error messages, the CRM audit's progress
# steps, the reasons of suggested levels, finding titles): translated in core.
file(GLOB_RECURSE readiness_core_tr_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/core/*.cpp)
qt_add_lupdate(readiness_ui TS_FILES ${readiness_ts_files}
    SOURCES ${readiness_gui_sources} ${readiness_cli_sources} ${readiness_ui_tr_sources} ${readiness_core_tr_sources})
qt_add_lrelease(readiness_ui TS_FILES ${readiness_ts_files} QM_FILES_OUTPUT_VARIABLE readiness_qm_files)
add_dependencies(readiness_ui readiness_ui_lrelease)
install(FILES ${readiness_qm_files} DESTINATION ${READINESS_DATA_SUBDIR}/translations)
