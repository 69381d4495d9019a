// Draws ECharts options sent from C# (Chart.razor). ECharts is vendored at build (Jinning.Web.csproj, VendorECharts).
let loading;

function loadECharts() {
  if (window.echarts) {
    return Promise.resolve(window.echarts);
  }
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/lib/echarts/echarts.min.js';
    script.onload = () => resolve(window.echarts);
    script.onerror = () => reject(new Error('ECharts could not be loaded'));
    document.head.appendChild(script);
  });
  return loading;
}

export async function draw(element, option) {
  const echarts = await loadECharts();
  const chart = echarts.getInstanceByDom(element) ?? echarts.init(element, null, { renderer: 'svg', locale: 'ZH' });
  chart.setOption(option, true);
  if (!element.chartResize) {
    element.chartResize = new ResizeObserver(() => chart.resize());
    element.chartResize.observe(element);
  }
}

export function dispose(element) {
  element.chartResize?.disconnect();
  window.echarts?.getInstanceByDom(element)?.dispose();
}
