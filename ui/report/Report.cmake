# The readiness report (PDF, ODT) as a plain function over a document
# (ReportRenderer::writeReport). The model it shares with the exports is core/ReportModel.
target_sources(readiness_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PagedPdf.cpp ${CMAKE_CURRENT_LIST_DIR}/PagedPdf.h
    ${CMAKE_CURRENT_LIST_DIR}/PdfInfo.cpp ${CMAKE_CURRENT_LIST_DIR}/PdfInfo.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportChartObject.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportChartObject.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportCharts.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportCharts.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportDocument.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportDocument.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportRenderer.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportRenderer.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportHtml.h ${CMAKE_CURRENT_LIST_DIR}/ReportSinceLastReview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportStyle.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportStyle.h
)
target_include_directories(readiness_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR})
