export { type ApiRequestOptions, apiRequest } from './api-client';
export { ApiError, isApiError } from './api-error';
export { downloadFile } from './download-file';
