export { ProjectsPage } from './components/projects-page';
export { projectPaths } from './paths';
