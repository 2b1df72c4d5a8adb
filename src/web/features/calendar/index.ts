export { CoverageBanner } from './components/CoverageBanner';
