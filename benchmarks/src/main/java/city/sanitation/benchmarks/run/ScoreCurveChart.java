package city.sanitation.benchmarks.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The best score of one district solve over time: medium (unassigned work) and soft (cost) score in two panels over
 * the same seconds axis, as steps, since the best score holds until the next improvement.
 */
final class ScoreCurveChart {

    private ScoreCurveChart() {}

    static void write(String title, List<ScorePoint> curve, double endSeconds, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeries medium = new XYSeries("medium score");
        XYSeries soft = new XYSeries("soft score");
        for (ScorePoint point : curve) {
            medium.addOrUpdate(point.seconds(), point.medium());
            soft.addOrUpdate(point.seconds(), point.soft());
        }
        if (!curve.isEmpty()) {
            ScorePoint last = curve.get(curve.size() - 1);
            medium.addOrUpdate(Math.max(endSeconds, last.seconds()), last.medium());
            soft.addOrUpdate(Math.max(endSeconds, last.seconds()), last.soft());
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("seconds since the solve started"));
        plot.add(panel(medium), 1);
        plot.add(panel(soft), 1);
        JFreeChart chart = new JFreeChart(title + ": best score over time", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 900, 700);
    }

    private static XYPlot panel(XYSeries series) {
        NumberAxis axis = new NumberAxis(series.getKey().toString());
        axis.setAutoRangeIncludesZero(false);
        return new XYPlot(new XYSeriesCollection(series), null, axis, new XYStepRenderer());
    }
}
