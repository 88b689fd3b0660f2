package city.sanitation.benchmarks.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A bar chart of the gap to the best known value, per instance and solver (the mean over the seeds of a repeated
 * run); infeasible results are left out.
 */
final class GapChart {

    private GapChart() {}

    static void write(List<ResultRow> rows, String title, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Map<List<String>, DoubleSummaryStatistics> gaps = new LinkedHashMap<>();
        for (ResultRow row : rows) {
            if (row.feasible() && !Double.isNaN(row.gapPercent())) {
                gaps.computeIfAbsent(List.of(row.solver(), row.instance()), key -> new DoubleSummaryStatistics())
                        .accept(row.gapPercent());
            }
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        gaps.forEach((key, gap) -> dataset.addValue(gap.getAverage(), key.get(0), key.get(1)));
        JFreeChart chart = ChartFactory.createBarChart(
                title + ": gap to best known (feasible results)",
                "instance",
                "gap %",
                dataset,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        int width = Math.max(800, 40 * dataset.getColumnCount());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, 600);
    }
}
